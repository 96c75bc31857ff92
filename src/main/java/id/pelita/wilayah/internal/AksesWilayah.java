package id.pelita.wilayah.internal;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.Peran;
import java.util.List;
import org.springframework.stereotype.Component;

/** Region data are not personal: any signed-in user may read them; creating an RT needs an office role. */
@Component
class AksesWilayah implements AturanAkses.Daftar {

    @Override
    public List<AturanAkses> aturan() {
        return List.of(
                // Before the GET-all rule below, which names every method.
                AturanAkses.peran("POST", "/api/v1/wilayah/*/rt", Peran.OPERATOR_DESA, Peran.STAF, Peran.KASI,
                        Peran.SEKCAM, Peran.CAMAT, Peran.ADMIN),
                AturanAkses.masuk("/api/v1/wilayah/**"),
                AturanAkses.masuk("/wilayah"),
                AturanAkses.masuk("/wilayah/**"));
    }
}
