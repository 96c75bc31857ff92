package id.pelita.register.internal;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.Peran;
import java.util.List;
import org.springframework.stereotype.Component;

/** The kecamatan office staff read the registers; numbers are only issued by the SOP engine, never by hand. */
@Component
class AksesRegister implements AturanAkses.Daftar {

    private static final Peran[] KANTOR = {Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF, Peran.ADMIN};

    @Override
    public List<AturanAkses> aturan() {
        return List.of(
                AturanAkses.peran("GET", "/register/*", KANTOR),
                AturanAkses.peran("GET", "/api/v1/register/*", KANTOR));
    }
}
