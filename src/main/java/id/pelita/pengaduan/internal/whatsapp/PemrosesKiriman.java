package id.pelita.pengaduan.internal.whatsapp;

import id.pelita.notifikasi.PercakapanMasuk;
import id.pelita.pengaduan.PengirimBalasan;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works off the inbox after the webhook has answered. A delivery is first split into its messages (each
 * message id recorded once; a re-delivered id is skipped), then each phone's waiting messages are handled
 * in the order sent, one transaction per message under the lock of that phone's conversation row. A
 * message whose handling fails is marked GAGAL so it cannot block the phone's later messages.
 */
@Component
class PemrosesKiriman {

    private static final Logger LOG = LoggerFactory.getLogger(PemrosesKiriman.class);

    private final KotakMasukWhatsApp kotakMasuk;
    private final RepositoriPesan repoPesan;
    private final RepositoriPercakapan percakapan;
    private final PembacaPayload pembaca;
    private final AlurPercakapan alur;
    private final PengirimBalasan pengirim;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final Clock jam;
    private final ApplicationEventPublisher peristiwa;

    PemrosesKiriman(KotakMasukWhatsApp kotakMasuk, RepositoriPesan repoPesan, RepositoriPercakapan percakapan,
                    PembacaPayload pembaca, AlurPercakapan alur, PengirimBalasan pengirim,
                    PlatformTransactionManager tm, JdbcClient jdbc, Clock jam, ApplicationEventPublisher peristiwa) {
        this.peristiwa = peristiwa;
        this.kotakMasuk = kotakMasuk;
        this.repoPesan = repoPesan;
        this.percakapan = percakapan;
        this.pembaca = pembaca;
        this.alur = alur;
        this.pengirim = pengirim;
        this.tx = new TransactionTemplate(tm);
        this.jdbc = jdbc;
        this.jam = jam;
    }

    /** After the storing transaction committed, on another thread: the webhook has already answered. */
    @Async
    @TransactionalEventListener
    void kirimanMasuk(KirimanMasuk e) {
        proses(e.id());
    }

    /** Safety net: deliveries and messages a failed worker left waiting. */
    @Scheduled(fixedDelayString = "${pelita.whatsapp.sapu:PT1M}", initialDelayString = "${pelita.whatsapp.sapu:PT1M}")
    void sapu() {
        kotakMasuk.tertunda().forEach(this::proses);
        repoPesan.teleponTertunda(jam.instant().minusSeconds(60)).forEach(this::prosesTelepon);
        // Data minimisation: a conversation silent for 24 hours is forgotten anyway.
        jdbc.sql("delete from pengaduan_wa_percakapan where diperbarui < ?")
                .param(jam.instant().minus(AlurPercakapan.KEDALUWARSA).atOffset(ZoneOffset.UTC)).update();
    }

    void proses(long kirimanId) {
        Set<String> telepon = tx.execute(s -> pilah(kirimanId));
        telepon.forEach(this::prosesTelepon);
    }

    /** Splits a delivery into its messages; returns the phones that have new ones. */
    private Set<String> pilah(long kirimanId) {
        Optional<byte[]> payload = kotakMasuk.kunciBaru(kirimanId);
        Set<String> telepon = new LinkedHashSet<>();
        if (payload.isEmpty()) {
            return telepon;
        }
        PembacaPayload.Hasil hasil;
        try {
            hasil = pembaca.baca(payload.get());
        } catch (PembacaPayload.PayloadTidakSah e) {
            LOG.warn("Kiriman WhatsApp {} tidak dapat diproses: {}", kirimanId, e.getMessage());
            kotakMasuk.tandai(kirimanId, KotakMasukWhatsApp.Status.TIDAK_TERPROSES, e.getMessage(), 0, 0);
            return telepon;
        }
        int duplikat = 0;
        for (PesanMasuk p : hasil.pesan()) {
            if (repoPesan.catatBaru(p, kirimanId)) {
                telepon.add(p.dari());
            } else {
                duplikat++;
            }
        }
        List<String> catatan = new ArrayList<>(hasil.catatan());
        if (duplikat > 0) {
            catatan.add(duplikat + " pesan duplikat (sudah diterima sebelumnya)");
        }
        kotakMasuk.tandai(kirimanId, KotakMasukWhatsApp.Status.DIPROSES,
                catatan.isEmpty() ? null : String.join("; ", catatan), hasil.pesan().size(), hasil.jumlahStatus());
        return telepon;
    }

    void prosesTelepon(String telepon) {
        // Bounded: every round finishes or fails one message, so this ends.
        for (int i = 0; i < 1000; i++) {
            try {
                if (!Boolean.TRUE.equals(tx.execute(s -> satuPesan(telepon)))) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.error("Pesan WhatsApp dari {} gagal diproses", samarkan(telepon), e);
                tx.executeWithoutResult(s -> repoPesan.berikutnya(telepon)
                        .ifPresent(t -> repoPesan.tandai(t.pesanId(), "GAGAL")));
            }
        }
    }

    /** Handles the phone's oldest waiting message; false when none is left. */
    private boolean satuPesan(String telepon) {
        Instant kini = jam.instant();
        Keadaan k = percakapan.kunci(telepon, kini);
        Optional<RepositoriPesan.Tertunda> berikut = repoPesan.berikutnya(telepon);
        if (berikut.isEmpty()) {
            return false;
        }
        var t = berikut.get();
        PesanMasuk p = cariPesan(t).orElse(null);
        if (p == null) {
            repoPesan.tandai(t.pesanId(), "GAGAL");
            return true;
        }
        List<String> balasan = alur.tangani(k, p, kini);
        percakapan.simpan(k, kini);
        repoPesan.tandai(t.pesanId(), "SELESAI");
        // The citizen wrote: the 24-hour window for free-text replies (and status messages) is open.
        peristiwa.publishEvent(new PercakapanMasuk(telepon, p.waktu() != null ? p.waktu() : kini));
        for (int i = 0; i < balasan.size(); i++) {
            pengirim.balas(telepon, balasan.get(i), "wa:" + t.pesanId() + ":" + i);
        }
        return true;
    }

    /** The message's content is read again from the stored delivery, so it is kept in one place only. */
    private Optional<PesanMasuk> cariPesan(RepositoriPesan.Tertunda t) {
        byte[] payload = jdbc.sql("select payload from pengaduan_wa_kiriman where id = ?").param(t.kirimanId())
                .query((rs, i) -> rs.getBytes(1)).single();
        return pembaca.baca(payload).pesan().stream().filter(p -> p.id().equals(t.pesanId())).findFirst();
    }

    static String samarkan(String telepon) {
        return telepon.length() <= 6 ? "***" : telepon.substring(0, 4) + "***" + telepon.substring(telepon.length() - 3);
    }
}
