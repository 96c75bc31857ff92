package id.pelita.notifikasi.internal;

import id.pelita.notifikasi.Saluran;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due outbox rows. Each row is first claimed by an atomic conditional update (status MENGIRIM with
 * an owner token and a claim deadline), committed on its own, and only then sent — so no database lock
 * or transaction is held during a network call, several instances (or threads) can run this at once
 * without sending a row twice, and a row whose sender died is picked up again when its claim runs out.
 * The outcome is written only while the claim is still ours.
 */
class PengirimOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(PengirimOutbox.class);

    private final RepositoriNotifikasi repo;
    private final Map<Saluran, PengirimSaluran> pengirim = new EnumMap<>(Saluran.class);
    private final PengaturanNotifikasi pengaturan;
    private final Clock jam;
    private final String namaInstans;

    PengirimOutbox(RepositoriNotifikasi repo, List<PengirimSaluran> pengirim, PengaturanNotifikasi pengaturan, Clock jam,
                   String namaInstans) {
        this.repo = repo;
        pengirim.forEach(p -> this.pengirim.put(p.saluran(), p));
        this.pengaturan = pengaturan;
        this.jam = jam;
        this.namaInstans = RepositoriNotifikasi.potong(namaInstans, 40);
    }

    /** One round: claims up to a batch of due rows and sends them. Returns how many rows it claimed. */
    int kirimYangJatuhTempo() {
        Instant sekarang = jam.instant();
        List<Saluran> siap = pengirim.values().stream().filter(this::siap).map(PengirimSaluran::saluran).toList();
        int diklaim = 0;
        for (long id : repo.calonJatuhTempo(sekarang, siap, pengaturan.ukuranBatch())) {
            String token = namaInstans + ":" + UUID.randomUUID();
            Instant t = jam.instant();
            if (!repo.klaim(id, token, t.plus(pengaturan.batasKlaim()), t)) {
                continue; // another sender got it first
            }
            diklaim++;
            repo.cari(id).ifPresent(b -> kirimSatu(b, token));
        }
        return diklaim;
    }

    private boolean siap(PengirimSaluran p) {
        Optional<String> alasan = p.belumSiap();
        if (alasan.isPresent()) {
            int n = repo.tandaiBelumSiap(p.saluran(), alasan.get());
            if (n > 0) {
                LOG.warn("{} pesan {} menunggu: {}", n, p.saluran(), alasan.get());
            }
            return false;
        }
        return true;
    }

    private void kirimSatu(BarisKeluar b, String token) {
        Instant sekarang = jam.instant();
        HasilKirim hasil;
        try {
            hasil = pengirim.get(b.saluran()).kirim(b, sekarang);
        } catch (RuntimeException e) {
            LOG.warn("Pengiriman notifikasi {} gagal tak terduga", b.id(), e);
            hasil = new HasilKirim.GagalSementara(e.toString());
        }
        int percobaan = b.percobaan() + 1;
        boolean tercatat;
        if (hasil instanceof HasilKirim.Terkirim t) {
            tercatat = repo.catatHasil(b.id(), token, StatusKeluar.TERKIRIM, percobaan, b.berikutnya(), null, t.idPenyedia(), sekarang);
        } else if (hasil instanceof HasilKirim.GagalPermanen g) {
            LOG.warn("Notifikasi {} ({}) gagal permanen: {}", b.id(), b.saluran(), g.galat());
            tercatat = repo.catatHasil(b.id(), token, StatusKeluar.GAGAL_PERMANEN, percobaan, b.berikutnya(), g.galat(), null, null);
        } else {
            String galat = ((HasilKirim.GagalSementara) hasil).galat();
            boolean habis = percobaan >= pengaturan.maksPercobaan();
            LOG.warn("Notifikasi {} ({}) gagal, percobaan {}{}: {}", b.id(), b.saluran(), percobaan, habis ? " (terakhir)" : "", galat);
            tercatat = repo.catatHasil(b.id(), token, habis ? StatusKeluar.GAGAL_PERMANEN : StatusKeluar.MENUNGGU, percobaan,
                    sekarang.plus(pengaturan.jeda(percobaan)), galat, null, null);
        }
        if (!tercatat) {
            LOG.warn("Klaim notifikasi {} habis sebelum hasilnya dicatat; naikkan pelita.notifikasi.batas-klaim", b.id());
        }
    }
}
