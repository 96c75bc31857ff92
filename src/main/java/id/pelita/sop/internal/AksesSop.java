package id.pelita.sop.internal;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** Any signed-in user reads SOPs; camat, sekcam and administrators create and revise them. */
@Component
class AksesSop implements AturanAkses.Daftar {

    static final Peran[] PENGUBAH = {Peran.ADMIN, Peran.CAMAT, Peran.SEKCAM};

    @Override
    public List<AturanAkses> aturan() {
        return List.of(
                AturanAkses.peran("POST", "/api/v1/sop", PENGUBAH),
                AturanAkses.masuk("/api/v1/sop"),
                AturanAkses.masuk("/api/v1/sop/**"),
                AturanAkses.peran("/sop/baru", PENGUBAH),
                AturanAkses.peran("/sop/*/revisi", PENGUBAH),
                AturanAkses.masuk("/sop"),
                AturanAkses.masuk("/sop/**"));
    }

    @Bean
    static MenuItem menuItemSop() {
        return new MenuItem("menu.sop", "/sop", 20);
    }
}
