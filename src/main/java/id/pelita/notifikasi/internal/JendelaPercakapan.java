package id.pelita.notifikasi.internal;

import id.pelita.notifikasi.PercakapanMasuk;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The WhatsApp customer-service window: free-form text may be sent only within 24 hours of the citizen's
 * last message, a pre-approved template otherwise. Inbound messages are recorded synchronously, in the
 * publisher's transaction, so a rolled-back inbound message does not open the window.
 */
@Component
class JendelaPercakapan {

    /** 24 hours less a margin for the time between this check and Meta receiving the message. */
    static final Duration JENDELA = Duration.ofHours(24).minusMinutes(5);

    private final RepositoriNotifikasi repo;

    JendelaPercakapan(RepositoriNotifikasi repo) {
        this.repo = repo;
    }

    @EventListener
    void catat(PercakapanMasuk e) {
        if (e.telepon() != null && e.waktu() != null) {
            repo.catatPercakapan(e.telepon().startsWith("+") ? e.telepon().substring(1) : e.telepon(), e.waktu());
        }
    }

    boolean terbuka(String telepon, Instant sekarang) {
        return repo.terakhirMenulis(telepon).map(t -> t.isAfter(sekarang.minus(JENDELA))).orElse(false);
    }
}
