package id.pelita.kependudukan.internal;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Population data is read by the village operators (their village), the kecamatan office (its kecamatan) and
 * the district team (its kabupaten), and by administrators; only village operators write. Region limits are
 * applied per record in {@link LayananKependudukan}. Posyandu cadres and TP-PKK do not need personal data here.
 */
@Configuration(proxyBeanMethods = false)
class AksesKependudukan {

    /** The kecamatan team that verifies villages' submissions (TAJUK RETEH), see {@link LayananPengajuan}. */
    private static final Peran[] PEMERIKSA = {Peran.STAF, Peran.KASI, Peran.SEKCAM, Peran.CAMAT};
    private static final Peran[] PEMBACA = {Peran.OPERATOR_DESA, Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF,
            Peran.TIM_KABUPATEN, Peran.ADMIN};

    /** Imports: the village operator (own village) and kecamatan staff (a village of their kecamatan). */
    private static final Peran[] PENGIMPOR = {Peran.OPERATOR_DESA, Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF};

    @Bean
    AturanAkses.Daftar aturanKependudukan() {
        return () -> List.of(
                // Import and export first (their region and role rules are finer, see LayananKependudukan.bolehImpor).
                AturanAkses.peran("/penduduk/impor", PENGIMPOR),
                AturanAkses.peran("/penduduk/impor/**", PENGIMPOR),
                AturanAkses.peran("/api/v1/penduduk/impor", PENGIMPOR),
                AturanAkses.peran("GET", "/penduduk/ekspor", PEMBACA),
                AturanAkses.peran("GET", "/penduduk/ekspor/**", PEMBACA),
                AturanAkses.peran("GET", "/api/v1/penduduk/ekspor", PEMBACA),
                // Verification (kecamatan team) and submission (operator) before the general writing rules.
                AturanAkses.peran("/penduduk/verifikasi", PEMERIKSA),
                AturanAkses.peran("/penduduk/verifikasi/**", PEMERIKSA),
                AturanAkses.peran("POST", "/api/v1/penduduk/pengajuan/*/verifikasi", PEMERIKSA),
                AturanAkses.peran("POST", "/api/v1/penduduk/pengajuan/*/kembalikan", PEMERIKSA),
                AturanAkses.peran("/penduduk/pengajuan", Peran.OPERATOR_DESA),
                AturanAkses.peran("/penduduk/pengajuan/**", Peran.OPERATOR_DESA),
                AturanAkses.peran("PUT", "/api/v1/penduduk/**", Peran.OPERATOR_DESA),
                // Writing rules first: the reading rules below name every method.
                AturanAkses.peran("/penduduk/keluarga/baru", Peran.OPERATOR_DESA),
                AturanAkses.peran("POST", "/penduduk/**", Peran.OPERATOR_DESA),
                AturanAkses.peran("POST", "/api/v1/penduduk", Peran.OPERATOR_DESA),
                AturanAkses.peran("POST", "/api/v1/penduduk/**", Peran.OPERATOR_DESA),
                AturanAkses.peran("GET", "/penduduk", PEMBACA),
                AturanAkses.peran("GET", "/penduduk/**", PEMBACA),
                AturanAkses.peran("GET", "/api/v1/penduduk", PEMBACA),
                AturanAkses.peran("GET", "/api/v1/penduduk/**", PEMBACA),
                // Aggregates only, small counts suppressed: see HalamanStatistik.
                AturanAkses.publik("/statistik/penduduk"));
    }

    @Bean
    MenuItem menuPenduduk() {
        return new MenuItem("menu.penduduk", "/penduduk", 20);
    }

    @Bean
    MenuItem menuImporPenduduk() {
        return new MenuItem("menu.impor", "/penduduk/impor", 22);
    }

    @Bean
    MenuItem menuEksporPenduduk() {
        return new MenuItem("menu.ekspor", "/penduduk/ekspor", 23);
    }

    @Bean
    MenuItem menuPengajuanPenduduk() {
        return new MenuItem("menu.pengajuan", "/penduduk/pengajuan", 24);
    }

    @Bean
    MenuItem menuVerifikasiPenduduk() {
        return new MenuItem("menu.verifikasi", "/penduduk/verifikasi", 25);
    }

    @Bean
    MenuItem menuStatistikPenduduk() {
        return new MenuItem("menu.statistik", "/penduduk/statistik", 21);
    }
}
