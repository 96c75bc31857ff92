package id.pelita.sop.internal.dokumen;

import id.pelita.inti.AturanAkses;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * SOPs are public procedure documents: any signed-in user may read and print them. Ordered before the
 * SOP module's broader {@code /sop/**} rules (which limit editing).
 */
@Component
class AksesDokumenSop implements AturanAkses.Daftar {

    @Override
    public List<AturanAkses> aturan() {
        return List.of(
                AturanAkses.masuk("/sop/*/versi/*/dokumen"),
                AturanAkses.masuk("/sop/*/versi/*/dokumen.pdf"),
                AturanAkses.masuk("/sop/*/versi/*/alur.svg"));
    }

    @Override
    public int urutan() {
        return -10;
    }
}
