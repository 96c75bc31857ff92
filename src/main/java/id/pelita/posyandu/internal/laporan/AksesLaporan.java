package id.pelita.posyandu.internal.laporan;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Focus villages: the kecamatan office sets them, the district team and TP-PKK read them. Region limits are
 * applied per record (a village outside the user's region cannot be set or removed).
 */
@Configuration(proxyBeanMethods = false)
class AksesLaporan {

    static final Peran[] KANTOR = {Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF};
    static final Peran[] PEMBACA_LOKUS = {Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF, Peran.TP_PKK,
            Peran.TIM_KABUPATEN, Peran.ADMIN};

    @Bean
    AturanAkses.Daftar aturanLaporanPosyandu() {
        return new AturanAkses.Daftar() {
            @Override
            public List<AturanAkses> aturan() {
                return List.of(
                        AturanAkses.peran("POST", "/posyandu/lokus", KANTOR),
                        AturanAkses.peran("POST", "/posyandu/lokus/**", KANTOR),
                        AturanAkses.peran("GET", "/posyandu/lokus", PEMBACA_LOKUS));
            }

            @Override
            public int urutan() {
                return -10;
            }
        };
    }

    @Bean
    MenuItem menuLokus() {
        return new MenuItem("menu.posyandu.lokus", "/posyandu/lokus", 36);
    }
}
