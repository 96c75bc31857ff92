package id.pelita.pengaduan.internal.whatsapp;

import id.pelita.pengaduan.PengirimBalasan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The default {@link PengirimBalasan} until the outbound side (outbox to the Cloud API) is wired: logs each
 * reply and keeps the last {@value #SIMPAN} in memory so tests (and a developer) can see them. A real sender
 * is declared {@code @Primary} and replaces this one.
 */
@Component
class PengirimBalasanLog implements PengirimBalasan {

    private static final Logger LOG = LoggerFactory.getLogger(PengirimBalasanLog.class);
    static final int SIMPAN = 500;

    record Balasan(String telepon, String teks, String kunciUnik) {
    }

    private final Deque<Balasan> terakhir = new ArrayDeque<>();

    @Override
    public void balas(String telepon, String teks, String kunciUnik) {
        LOG.info("Balasan WhatsApp (belum dikirim, hanya dicatat) ke {} [{}]: {} karakter",
                PemrosesKiriman.samarkan(telepon), kunciUnik, teks.length());
        synchronized (terakhir) {
            terakhir.addLast(new Balasan(telepon, teks, kunciUnik));
            while (terakhir.size() > SIMPAN) {
                terakhir.removeFirst();
            }
        }
    }

    /** The remembered replies to one phone, oldest first. */
    List<Balasan> untuk(String telepon) {
        synchronized (terakhir) {
            return terakhir.stream().filter(b -> b.telepon().equals(telepon)).toList();
        }
    }
}
