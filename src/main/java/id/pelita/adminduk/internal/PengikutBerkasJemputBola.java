package id.pelita.adminduk.internal;

import id.pelita.layanan.BerkasSelesai;
import id.pelita.layanan.LangkahSelesai;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;

/**
 * The batch follows its case, in the case's transaction, wherever a step was completed (here or in the inbox):
 * the last step done, the start of home recording (step 4 done: the 10-working-day standard starts) and the end.
 */
@Component
class PengikutBerkasJemputBola {

    private final RepositoriJemputBola repo;
    private final LayananJemputBola layanan;
    private final Clock jam;

    PengikutBerkasJemputBola(RepositoriJemputBola repo, @Lazy LayananJemputBola layanan, Clock jam) {
        this.repo = repo;
        this.layanan = layanan;
        this.jam = jam;
    }

    /**
     * The evaluation (step 11) was completed, perhaps in the inbox: when no accepted recipient waits for the
     * village's facilitation, step 12 has nothing to do and the system completes it.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void evaluasiSelesai(LangkahSelesai e) {
        if (LayananJemputBola.SOP.equals(e.sopKode()) && e.langkahNo() == LayananJemputBola.EVALUASI) {
            repo.cariBerkas(e.nomorBerkas()).ifPresent(layanan::tutupFasilitasiSetelahEvaluasi);
        }
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
