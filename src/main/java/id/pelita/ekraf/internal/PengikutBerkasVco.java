package id.pelita.ekraf.internal;

import id.pelita.layanan.BerkasSelesai;
import id.pelita.layanan.LangkahSelesai;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The programme follows its VCO case, in the case's transaction, whether a step was done from the programme page
 * or from the task inbox: the highest step done, and the end of the case.
 */
@Component
class PengikutBerkasVco {

    private final RepositoriEkraf repo;
    private final Clock jam;

    PengikutBerkasVco(RepositoriEkraf repo, Clock jam) {
        this.repo = repo;
        this.jam = jam;
    }

    @EventListener
    void langkahSelesai(LangkahSelesai e) {
        if (LayananEkraf.SOP.equals(e.sopKode())) {
            repo.langkahSelesai(e.nomorBerkas(), e.langkahNo(), jam.instant());
        }
    }

    @EventListener
    void berkasSelesai(BerkasSelesai e) {
        if (LayananEkraf.SOP.equals(e.sopKode())) {
            repo.ubahStatus(e.nomorBerkas(), RepositoriEkraf.Program.SELESAI, jam.instant());
        }
    }
}
