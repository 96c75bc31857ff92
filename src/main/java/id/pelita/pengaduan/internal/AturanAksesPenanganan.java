package id.pelita.pengaduan.internal;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Every signed-in user may open the complaints of their own region (the service narrows by region);
 * walk-in/phone entry is for the posko staff; closing decisions (merge, invalid, status by hand) for the
 * kecamatan office; the closing reports for the district team and the kecamatan leadership.
 */
@Configuration(proxyBeanMethods = false)
class AturanAksesPenanganan {

    static final Peran[] KANTOR = {Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF, Peran.ADMIN};

    @Bean
    AturanAkses.Daftar aturanPengaduan() {
        return () -> List.of(
                AturanAkses.peran("/pengaduan/baru", Peran.STAF, Peran.KASI, Peran.SEKCAM, Peran.CAMAT,
                        Peran.OPERATOR_DESA),
                AturanAkses.peran("/pengaduan/laporan", Peran.TIM_KABUPATEN, Peran.CAMAT, Peran.SEKCAM, Peran.ADMIN),
                AturanAkses.peran("/pengaduan/laporan/**", Peran.TIM_KABUPATEN, Peran.CAMAT, Peran.SEKCAM, Peran.ADMIN),
                AturanAkses.peran("POST", "/pengaduan/*/gabung", KANTOR),
                AturanAkses.peran("POST", "/pengaduan/*/tidak-valid", KANTOR),
                AturanAkses.peran("POST", "/pengaduan/*/status", KANTOR),
                AturanAkses.masuk("/pengaduan"),
                AturanAkses.masuk("/pengaduan/**"));
    }

    @Bean
    MenuItem menuPengaduan() {
        return new MenuItem("menu.pengaduan", "/pengaduan", 12);
    }

    @Bean
    MenuItem menuLaporanPengaduan() {
        return new MenuItem("menu.pengaduan.laporan", "/pengaduan/laporan", 65);
    }
}
