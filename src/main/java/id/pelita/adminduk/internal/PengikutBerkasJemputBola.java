package id.pelita.adminduk.internal;

import id.pelita.layanan.BerkasSelesai;
import id.pelita.layanan.LangkahSelesai;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The batch follows its case, in the case's transaction, wherever a step was completed (here or in the inbox):
 * the last step done, the start of home recording (step 4 done: the 10-working-day standard starts) and the end.
 */
@Component
class PengikutBerkasJemputBola {

    private final RepositoriJemputBola repo;
    private final Clock jam;

    PengikutBerkasJemputBola(RepositoriJemputBola repo, Clock jam) {
        this.repo = repo;
        this.jam = jam;
    }

    @EventListener
    void langkahSelesai(LangkahSelesai e) {
        if (!LayananJemputBola.SOP.equals(e.sopKode())) {
            return;
        }
        repo.cariBerkas(e.nomorBerkas()).ifPresent(a -> {
            repo.aturLangkah(a.id(), e.langkahNo());
            if (e.langkahNo() == LayananJemputBola.JADWAL) {
                repo.aturRekamMulai(a.id(), jam.instant());
            }
        });
    }

    @EventListener
    void berkasSelesai(BerkasSelesai e) {
        if (LayananJemputBola.SOP.equals(e.sopKode())) {
            repo.cariBerkas(e.nomorBerkas()).ifPresent(a -> repo.aturStatus(a.id(), Angkatan.SELESAI));
        }
    }
}
