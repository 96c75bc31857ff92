package id.pelita.posyandu.internal.laporan;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Focus villages: the kecamatan office sets them, the district team and TP-PKK read them. Monthly reports: every
 * role reads its own region's figures; the camat sends; the district team receives. Region limits are applied per
 * record and by {@code @DalamWilayah} (a region outside the user's scope is 403, a record outside it 404).
 */
@Configuration(proxyBeanMethods = false)
class AksesLaporan {

    static final Peran[] KANTOR = {Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF};
    static final Peran[] PEMBACA_LOKUS = {Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF, Peran.TP_PKK,
            Peran.TIM_KABUPATEN, Peran.ADMIN};
    /** Aggregate figures: also the village's own operator and cadres (their village only, by region). */
    static final Peran[] PEMBACA_LAPORAN = {Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF, Peran.TP_PKK,
            Peran.TIM_KABUPATEN, Peran.ADMIN, Peran.OPERATOR_DESA, Peran.KADER_POSYANDU};
    static final Peran[] PENERIMA = {Peran.TIM_KABUPATEN, Peran.CAMAT, Peran.SEKCAM, Peran.ADMIN};

    @Bean
    AturanAkses.Daftar aturanLaporanPosyandu() {
        return new AturanAkses.Daftar() {
            @Override
            public List<AturanAkses> aturan() {
                return List.of(
                        AturanAkses.peran("POST", "/posyandu/lokus", KANTOR),
                        AturanAkses.peran("POST", "/posyandu/lokus/**", KANTOR),
                        AturanAkses.peran("GET", "/posyandu/lokus", PEMBACA_LOKUS),
                        // Sending a kecamatan's month to the district: the camat (or sekcam for the camat).
                        AturanAkses.peran("POST", "/posyandu/laporan/kirim", Peran.CAMAT, Peran.SEKCAM),
                        AturanAkses.peran("GET", "/posyandu/laporan/kiriman", PENERIMA),
                        AturanAkses.peran("GET", "/posyandu/laporan/kiriman/**", PENERIMA),
                        AturanAkses.peran("GET", "/posyandu/laporan", PEMBACA_LAPORAN),
                        AturanAkses.peran("GET", "/posyandu/laporan/**", PEMBACA_LAPORAN),
                        // Health data of named children, pseudonymised: the office and the district team.
                        AturanAkses.peran("GET", "/api/v1/posyandu/observasi", Peran.CAMAT, Peran.SEKCAM, Peran.KASI,
                                Peran.STAF, Peran.TIM_KABUPATEN, Peran.ADMIN),
                        // Aggregates only, counts 1-4 shown as <5 (the rule of the public population statistics).
                        AturanAkses.publik("/statistik/stunting"));
            }

            @Override
            public int urutan() {
                return -10;
            }
        };
    }

    @Bean
    MenuItem menuLaporanPosyandu() {
        return new MenuItem("menu.posyandu.laporan", "/posyandu/laporan", 35);
    }

    @Bean
    MenuItem menuKirimanLaporanPosyandu() {
        return new MenuItem("menu.posyandu.kiriman", "/posyandu/laporan/kiriman", 66);
    }

    @Bean
    MenuItem menuLokus() {
        return new MenuItem("menu.posyandu.lokus", "/posyandu/lokus", 36);
    }
}
