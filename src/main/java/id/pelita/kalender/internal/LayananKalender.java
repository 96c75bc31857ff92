package id.pelita.kalender.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.inti.TidakDitemukan;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Edits of the calendar with their rules: input first (400 with a message per field), then who may edit
 * (a kecamatan: ADMIN, CAMAT, SEKCAM within their region; the national list and the deployment default
 * hours: only an ADMIN without a region scope).
 */
@Service
class LayananKalender {

    static final String JENIS_LIBUR = "kalender_libur";
    static final String JENIS_JAM = "kalender_jam_kerja";

    private final RepositoriKalender repo;
    private final KalenderKerjaJdbc kalender;
    private final Akses akses;
    private final AuditLog audit;
    private final DirektoriWilayah direktori;

    LayananKalender(RepositoriKalender repo, KalenderKerjaJdbc kalender, Akses akses, AuditLog audit,
                    DirektoriWilayah direktori) {
        this.repo = repo;
        this.kalender = kalender;
        this.akses = akses;
        this.audit = audit;
        this.direktori = direktori;
    }

    /** A served kecamatan by code, or empty for a malformed code or one this deployment does not serve. */
    Optional<Wilayah> kecamatan(String kode) {
        if (!KodeWilayah.sah(kode) || Tingkat.dariKode(kode) != Tingkat.KECAMATAN || !direktori.dilayani(kode)) {
            return Optional.empty();
        }
        return direktori.cari(kode);
    }

    List<Wilayah> kecamatanLayanan() {
        return direktori.kecamatanLayanan();
    }

    /** The kecamatan a user's screen starts on: the one of their scope, else the first served one in it. */
    String kecamatanAwal(PenggunaSaatIni p) {
        String cakupan = p.wilayahKode();
        if (cakupan != null && cakupan.length() >= 8) {
            return cakupan.substring(0, 8);
        }
        return direktori.kecamatanLayanan().stream().map(Wilayah::kode)
                .filter(k -> cakupan == null || KodeWilayah.termasuk(k, cakupan)).findFirst()
                .orElseGet(() -> direktori.kecamatanLayanan().get(0).kode());
    }

    /** May the current user edit this kecamatan's calendar ({@code null}: the national list / default hours)? */
    boolean bolehUbah(String kecamatan) {
        Optional<PenggunaSaatIni> p = akses.saatIni();
        if (p.isEmpty()) {
            return false;
        }
        if (kecamatan == null) {
            return p.get().punya(Peran.ADMIN) && p.get().wilayahKode() == null;
        }
        boolean peran = p.get().punya(Peran.ADMIN) || p.get().punya(Peran.CAMAT) || p.get().punya(Peran.SEKCAM);
        return peran && akses.bolehWilayah(kecamatan);
    }

    @Transactional
    Libur tambahLibur(String kecamatan, String tanggal, String nama, String jenis) {
        String kec = kosongJadiNull(kecamatan);
        var galat = new GalatValidasi.Kumpulan();
        if (kec != null && kecamatan(kec).isEmpty()) {
            galat.tambah("kodeKecamatan", "kalender.galat.kecamatan");
        }
        LocalDate tgl = null;
        try {
            tgl = tanggal == null || tanggal.isBlank() ? null : LocalDate.parse(tanggal.strip());
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (tgl == null) {
            galat.tambah("tanggal", "kalender.galat.tanggal");
        } else if (tgl.getYear() < 2000 || tgl.getYear() > 2100) {
            galat.tambah("tanggal", "kalender.galat.tanggal.rentang");
        }
        String n = nama == null ? "" : nama.strip();
        if (n.isEmpty() || n.length() > 150) {
            galat.tambah("nama", "kalender.galat.nama");
        }
        JenisLibur j = jenis(jenis);
        if (j == null) {
            galat.tambah("jenis", "kalender.galat.jenis");
        }
        galat.lemparJikaAda();
        pastikanBoleh(kec);
        if (repo.adaPada(tgl, kec)) {
            throw new GalatValidasi("tanggal", "kalender.galat.duplikat");
        }
        Libur l = new Libur(UUID.randomUUID(), tgl, n, j, kec);
        repo.simpan(l, akses.wajibMasuk().username());
        audit.catat(AksiAudit.BUAT, JENIS_LIBUR, l.id().toString(), kec, tgl + " " + j + " " + n);
        segarkanSetelahCommit();
        return l;
    }

    /** Deletes a day off; the id is what the screen showed, anything else is "not found". */
    @Transactional
    Libur hapusLibur(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new TidakDitemukan("Hari libur " + id);
        }
        Libur l = repo.cari(uuid).orElseThrow(() -> new TidakDitemukan("Hari libur " + id));
        pastikanBoleh(l.kecamatanKode());
        repo.hapus(uuid);
        audit.catat(AksiAudit.HAPUS, JENIS_LIBUR, id, l.kecamatanKode(), l.tanggal() + " " + l.jenis() + " " + l.nama());
        segarkanSetelahCommit();
        return l;
    }

    /**
     * Sets the office hours of a kecamatan ({@code null}/blank: the deployment default) from fields
     * {@code buka1..buka7} and {@code tutup1..tutup7} (ISO weekday, HH:mm; both blank = closed), or puts the
     * kecamatan back on the default when {@code bawaan} is set.
     */
    @Transactional
    void ubahJamKerja(String kecamatan, boolean bawaan, Map<String, String> isian) {
        String kec = kosongJadiNull(kecamatan);
        var galat = new GalatValidasi.Kumpulan();
        if (kec != null && kecamatan(kec).isEmpty()) {
            galat.tambah("kodeKecamatan", "kalender.galat.kecamatan");
        }
        if (bawaan) {
            if (kec == null) {
                galat.tambah("kodeKecamatan", "kalender.galat.bawaan");
            }
            galat.lemparJikaAda();
            pastikanBoleh(kec);
            repo.hapusJamKerja(kec);
        } else {
            Map<DayOfWeek, JamBuka> jam = jamDari(isian, galat);
            galat.lemparJikaAda();
            pastikanBoleh(kec);
            repo.simpanJamKerja(kec == null ? RepositoriKalender.BAWAAN : kec, jam);
        }
        audit.catat(AksiAudit.UBAH, JENIS_JAM, kec == null ? RepositoriKalender.BAWAAN : kec, kec,
                bawaan ? "kembali ke jam kerja bawaan" : String.valueOf(isian));
        segarkanSetelahCommit();
    }

    static Map<DayOfWeek, JamBuka> jamDari(Map<String, String> isian, GalatValidasi.Kumpulan galat) {
        Map<DayOfWeek, JamBuka> jam = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek h : DayOfWeek.values()) {
            String b = kosongJadiNull(isian.get("buka" + h.getValue()));
            String t = kosongJadiNull(isian.get("tutup" + h.getValue()));
            if (b == null && t == null) {
                continue;
            }
            try {
                LocalTime buka = LocalTime.parse(b);
                LocalTime tutup = LocalTime.parse(t);
                if (!buka.isBefore(tutup)) {
                    galat.tambah("buka" + h.getValue(), "kalender.galat.jam.urutan");
                } else {
                    jam.put(h, new JamBuka(buka, tutup));
                }
            } catch (DateTimeParseException | NullPointerException e) {
                galat.tambah("buka" + h.getValue(), "kalender.galat.jam");
            }
        }
        if (jam.isEmpty()) {
            galat.tambah("", "kalender.galat.jam.kosong");
        }
        return jam;
    }

    private void pastikanBoleh(String kecamatan) {
        if (!bolehUbah(kecamatan)) {
            throw new AccessDeniedException(kecamatan == null
                    ? "Hanya administrator nasional yang boleh mengubah kalender nasional"
                    : "Kalender kecamatan " + kecamatan + " di luar wewenang Anda");
        }
    }

    /** Drop the cache only once the edit is committed, so no reader caches the old calendar meanwhile. */
    private void segarkanSetelahCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                kalender.segarkan();
            }
        });
    }

    private static JenisLibur jenis(String s) {
        try {
            return s == null ? null : JenisLibur.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String kosongJadiNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
