package id.pelita.pengaduan.internal.web;

import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.pengaduan.PengaduanDibukaKembali;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What the reporter may do on the tracking page: rate the handling once the complaint is SELESAI, or reopen
 * it within {@link #MASA_BUKA_KEMBALI} of closing. Both need the code plus the last four digits of the phone
 * number given at filing; wrong digits are counted per code, and after {@code batasSalahKodePerHari} the
 * code is locked for the day, so the 10,000 combinations cannot be tried out.
 */
@Service
class TindakanPelapor {

    static final Duration MASA_BUKA_KEMBALI = Duration.ofDays(7);
    static final int TEKS_MAKS = 1000;

    private final PembacaLacak pembaca;
    private final PembatasLaju pembatas;
    private final PengaturanLapor pengaturan;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher peristiwa;
    private final TransactionTemplate transaksi;
    private final Clock jam;

    TindakanPelapor(PembacaLacak pembaca, PembatasLaju pembatas, PengaturanLapor pengaturan, JdbcClient jdbc,
                    ApplicationEventPublisher peristiwa, PlatformTransactionManager tm, Clock jam) {
        this.pembaca = pembaca;
        this.pembatas = pembatas;
        this.pengaturan = pengaturan;
        this.jdbc = jdbc;
        this.peristiwa = peristiwa;
        this.transaksi = new TransactionTemplate(tm);
        this.jam = jam;
    }

    void nilai(String kode, String digit, Integer bintang, String komentar) {
        var p = pastikanPelapor(kode, digit);
        var galat = new GalatValidasi.Kumpulan();
        if (!"SELESAI".equals(p.status())) {
            galat.tambah("", "pengaduan.lacak.galat.belum-selesai");
        } else if (p.bintang() != null) {
            galat.tambah("", "pengaduan.lacak.galat.sudah-dinilai");
        }
        if (bintang == null || bintang < 1 || bintang > 5) {
            galat.tambah("bintang", "pengaduan.lacak.galat.bintang");
        }
        if (komentar != null && komentar.strip().length() > TEKS_MAKS) {
            galat.tambah("komentar", "pengaduan.lacak.galat.komentar");
        }
        galat.lemparJikaAda();
        String k = komentar == null || komentar.isBlank() ? null : komentar.strip();
        try {
            jdbc.sql("insert into pengaduan_penilaian (pengaduan_id, bintang, komentar, dibuat_pada) values (?, ?, ?, ?)")
                    .params(p.id(), bintang, k, jam.instant().atOffset(ZoneOffset.UTC)).update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new GalatValidasi("", "pengaduan.lacak.galat.sudah-dinilai");
        }
    }

    void bukaKembali(String kode, String digit, String alasan) {
        var p = pastikanPelapor(kode, digit);
        var galat = new GalatValidasi.Kumpulan();
        if (!"SELESAI".equals(p.status())) {
            galat.tambah("", "pengaduan.lacak.galat.belum-selesai");
        } else if (!masihBisaDibuka(p, jam.instant())) {
            galat.tambah("", "pengaduan.lacak.galat.lewat-masa");
        }
        String a = alasan == null ? "" : alasan.strip();
        if (a.length() < 10 || a.length() > TEKS_MAKS) {
            galat.tambah("alasan", "pengaduan.lacak.galat.alasan");
        }
        galat.lemparJikaAda();
        transaksi.executeWithoutResult(s -> {
            int n = jdbc.sql("update pengaduan set status = 'DIPROSES', selesai_pada = null, diperbarui_pada = ? "
                            + "where id = ? and status = 'SELESAI'")
                    .params(jam.instant().atOffset(ZoneOffset.UTC), p.id()).update();
            if (n == 0) {
                throw new GalatValidasi("", "pengaduan.lacak.galat.belum-selesai"); // changed meanwhile
            }
            jdbc.sql("insert into pengaduan_buka_kembali (pengaduan_id, alasan, dibuat_pada) values (?, ?, ?)")
                    .params(p.id(), a, jam.instant().atOffset(ZoneOffset.UTC)).update();
            peristiwa.publishEvent(new PengaduanDibukaKembali(p.kode(), p.kategori(), p.desaKode(), a));
        });
    }

    /** Closed less than 7 days ago; a closing without a recorded time cannot be reopened online. */
    static boolean masihBisaDibuka(PembacaLacak.Ringkasan p, Instant kini) {
        return "SELESAI".equals(p.status()) && p.selesaiPada() != null
                && !kini.isAfter(p.selesaiPada().plus(MASA_BUKA_KEMBALI));
    }

    /**
     * The complaint, when the caller proved to be its reporter. Runs outside a transaction, so a wrong try
     * stays counted even though the request fails.
     */
    private PembacaLacak.Ringkasan pastikanPelapor(String kode, String digit) {
        var p = pembaca.cari(kode).orElseThrow(() -> new TidakDitemukan("Pengaduan"));
        if (!p.adaTelepon()) {
            throw new GalatValidasi("", "pengaduan.lacak.galat.tanpa-telepon");
        }
        String kunci = "kode:" + p.kode();
        Duration hari = Duration.ofDays(1);
        if (pembatas.habis(kunci, pengaturan.batasSalahKodePerHari(), hari)) {
            throw new GalatValidasi("digit", "pengaduan.lacak.galat.terkunci");
        }
        String telepon = jdbc.sql("select telepon from pengaduan where id = ?").param(p.id()).query(String.class).single();
        if (digit == null || !digit.strip().equals(NomorTelepon.empatTerakhir(telepon))) {
            pembatas.catat(kunci, hari);
            throw new GalatValidasi("digit", "pengaduan.lacak.galat.digit");
        }
        return p;
    }
}
