package id.pelita.notifikasi.internal;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the outbox sender every few seconds (off in tests, which call {@link PengirimOutbox} themselves). */
@Component
@ConditionalOnProperty(name = "pelita.notifikasi.penjadwal.aktif", havingValue = "true", matchIfMissing = true)
class PenjadwalNotifikasi {

    private final PengirimOutbox pengirim;
    private final PengaturanNotifikasi pengaturan;
    private final RepositoriNotifikasi repo;
    private final Clock jam;

    PenjadwalNotifikasi(PengirimOutbox pengirim, PengaturanNotifikasi pengaturan, RepositoriNotifikasi repo, Clock jam) {
        this.pengirim = pengirim;
        this.pengaturan = pengaturan;
        this.repo = repo;
        this.jam = jam;
    }

    /** Keeps going while rounds come back full, so a backlog drains without waiting for the next tick. */
    @Scheduled(fixedDelayString = "${pelita.notifikasi.interval:5s}", initialDelayString = "${pelita.notifikasi.interval:5s}")
    void kirim() {
        int putaran = 0;
        while (pengirim.kirimYangJatuhTempo() >= pengaturan.ukuranBatch() && ++putaran < 50) {
            // next round
        }
    }

    /** Conversation times older than the window are no longer needed. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void bersihkan() {
        repo.hapusPercakapanSebelum(jam.instant().minus(JendelaPercakapan.JENDELA).minusSeconds(3600));
    }
}
