package id.pelita.notifikasi.internal;

import id.pelita.inti.GalatValidasi;
import id.pelita.notifikasi.Notifikasi;
import id.pelita.notifikasi.PesanKeluar;
import id.pelita.notifikasi.Saluran;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as other modules use it. In-app messages are delivered at once (stored = delivered). */
@Service
class LayananNotifikasi implements Notifikasi {

    private static final Pattern TELEPON = Pattern.compile("[1-9]\\d{7,14}");
    private static final Pattern SUREL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final RepositoriNotifikasi repo;
    private final Clock jam;

    LayananNotifikasi(RepositoriNotifikasi repo, Clock jam) {
        this.repo = repo;
        this.jam = jam;
    }

    /** MANDATORY: without the caller's transaction the outbox would not be transactional. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void kirim(PesanKeluar pesan) {
        periksa(pesan);
        repo.simpan(pesan, pesan.saluran() == Saluran.APLIKASI ? StatusKeluar.TERKIRIM : StatusKeluar.MENUNGGU, jam.instant());
    }

    @Override
    public long belumDibaca(String username) {
        return username == null ? 0 : repo.belumDibaca(username);
    }

    static void periksa(PesanKeluar p) {
        GalatValidasi.Kumpulan g = new GalatValidasi.Kumpulan();
        if (p == null || p.saluran() == null) {
            throw new GalatValidasi("saluran", "notifikasi.galat.saluran");
        }
        String tujuan = p.tujuan() == null ? "" : p.tujuan().strip();
        switch (p.saluran()) {
            case APLIKASI -> {
                if (tujuan.isEmpty() || tujuan.length() > 60) {
                    g.tambah("tujuan", "notifikasi.galat.tujuan.aplikasi");
                }
                if (kosong(p.isi()) && kosong(p.subjek())) {
                    g.tambah("isi", "notifikasi.galat.isi");
                }
            }
            case WHATSAPP -> {
                if (!TELEPON.matcher(tujuan).matches()) {
                    g.tambah("tujuan", "notifikasi.galat.tujuan.whatsapp");
                }
                if (kosong(p.isi()) && kosong(p.templat())) {
                    g.tambah("isi", "notifikasi.galat.isi.whatsapp");
                }
            }
            case EMAIL -> {
                if (tujuan.length() > 254 || !SUREL.matcher(tujuan).matches()) {
                    g.tambah("tujuan", "notifikasi.galat.tujuan.email");
                }
                if (kosong(p.isi())) {
                    g.tambah("isi", "notifikasi.galat.isi");
                }
            }
        }
        if (!tujuan.equals(p.tujuan())) {
            g.tambah("tujuan", "notifikasi.galat.tujuan.spasi");
        }
        if (p.isi() != null && p.isi().length() > 4000) {
            g.tambah("isi", "notifikasi.galat.isi.panjang");
        }
        if (p.subjek() != null && p.subjek().length() > 300) {
            g.tambah("subjek", "notifikasi.galat.subjek.panjang");
        }
        if (p.templat() != null && p.templat().length() > 100) {
            g.tambah("templat", "notifikasi.galat.templat.panjang");
        }
        if (p.parameterTemplat().stream().anyMatch(s -> s == null) || String.join("", p.parameterTemplat()).length() > 3000) {
            g.tambah("parameterTemplat", "notifikasi.galat.parameter");
        }
        if (p.kunciUnik() != null && (p.kunciUnik().isBlank() || p.kunciUnik().length() > 200)) {
            g.tambah("kunciUnik", "notifikasi.galat.kunci");
        }
        g.lemparJikaAda();
    }

    private static boolean kosong(String s) {
        return s == null || s.isBlank();
    }
}
