package id.pelita.pengaduan.internal.whatsapp;

import id.pelita.notifikasi.Notifikasi;
import id.pelita.notifikasi.PesanKeluar;
import id.pelita.pengaduan.PengirimBalasan;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Replies really go out: each one is stored in the notification outbox in the transaction that processed
 * the citizen's message (so state and reply commit together), keyed by the message id so a retried
 * processing never sends twice. The citizen has just written, so free text is allowed (24-hour window).
 */
@Component
@Primary
class PengirimBalasanOutbox implements PengirimBalasan {

    private final Notifikasi notifikasi;

    PengirimBalasanOutbox(Notifikasi notifikasi) {
        this.notifikasi = notifikasi;
    }

    @Override
    public void balas(String telepon, String teks, String kunciUnik) {
        notifikasi.kirim(PesanKeluar.whatsapp(telepon, teks.length() <= 4000 ? teks : teks.substring(0, 4000),
                null, List.of(), kunciUnik));
    }
}
