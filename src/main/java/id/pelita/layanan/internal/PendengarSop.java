package id.pelita.layanan.internal;

import id.pelita.sop.SopDiterbitkan;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A new SOP version is deployed to the engine as soon as it is stored (after its transaction commits),
 * so the first case does not pay for it; starting a case deploys it anyway if this has not happened yet.
 */
@Component
class PendengarSop {

    private final PenyebarSop penyebar;

    PendengarSop(PenyebarSop penyebar) {
        this.penyebar = penyebar;
    }

    @ApplicationModuleListener
    void terbit(SopDiterbitkan e) {
        penyebar.pastikan(e.kode(), e.versi());
    }
}
