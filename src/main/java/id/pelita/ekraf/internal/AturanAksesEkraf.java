package id.pelita.ekraf.internal;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The kecamatan office and TP-PKK see the programme of their region (the service narrows by region). TP-PKK
 * plans; TP-PKK and the camat record sessions, visits and support and complete their own SOP steps (the case
 * decides whose step it is); producers are registered by TP-PKK, the camat or staff. The catalogue is public.
 */
@Configuration(proxyBeanMethods = false)
class AturanAksesEkraf {

    static final Peran[] LIHAT = {Peran.TP_PKK, Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF, Peran.ADMIN};
    static final Peran[] PELAKSANA = {Peran.TP_PKK, Peran.CAMAT};
    static final Peran[] PENDAFTAR = {Peran.TP_PKK, Peran.CAMAT, Peran.STAF};

    @Bean
    AturanAkses.Daftar aturanEkraf() {
        return () -> List.of(
                AturanAkses.publik("/katalog-ekraf"),
                AturanAkses.publik("/katalog-ekraf/**"),
                AturanAkses.publik("/api/v1/ekraf/katalog"),
                AturanAkses.peran("/ekraf/program/baru", Peran.TP_PKK),
                AturanAkses.peran("POST", "/ekraf/program/*", Peran.TP_PKK),
                AturanAkses.peran("POST", "/ekraf/program/*/**", PELAKSANA),
                AturanAkses.peran("/ekraf/pelaku/baru", PENDAFTAR),
                AturanAkses.peran("POST", "/ekraf/pelaku/*", PENDAFTAR),
                AturanAkses.peran("GET", "/ekraf", LIHAT),
                AturanAkses.peran("GET", "/ekraf/**", LIHAT));
    }

    @Bean
    MenuItem menuEkraf() {
        return new MenuItem("menu.ekraf", "/ekraf", 40);
    }
}
