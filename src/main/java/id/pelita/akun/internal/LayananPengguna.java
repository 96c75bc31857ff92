package id.pelita.akun.internal;

import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.inti.TidakDitemukan;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Tingkat;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Creating and changing accounts, with the rules an administrator must follow. Every change is audited. */
@Service
class LayananPengguna {

    static final String JENIS = "pengguna";
    /** Roles whose work is tied to one village; they need a desa scope. */
    private static final Set<Peran> PERAN_DESA = EnumSet.of(Peran.OPERATOR_DESA, Peran.KADER_POSYANDU);
    private static final Set<Peran> PERAN_KECAMATAN = EnumSet.of(Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF,
            Peran.TKSK);

    private final PenggunaRepository repo;
    private final PasswordEncoder encoder;
    private final DirektoriWilayah wilayah;
    private final AuditLog audit;
    private final FindByIndexNameSessionRepository<?> sesi;

    LayananPengguna(PenggunaRepository repo, PasswordEncoder encoder, DirektoriWilayah wilayah, AuditLog audit,
                    FindByIndexNameSessionRepository<?> sesi) {
        this.repo = repo;
        this.encoder = encoder;
        this.wilayah = wilayah;
        this.audit = audit;
        this.sesi = sesi;
    }

    List<Pengguna> daftar(PenggunaSaatIni admin) {
        List<Pengguna> hasil = repo.daftar(admin.wilayahKode());
        audit.catat(AksiAudit.BACA, JENIS, "*", admin.wilayahKode(), "Daftar pengguna (" + hasil.size() + ")");
        return hasil;
    }

    /** Reading one account shows personal data (e-mail, phone): audited. */
    Pengguna lihat(long id, PenggunaSaatIni admin) {
        Pengguna p = dalamCakupan(id, admin);
        audit.catat(AksiAudit.BACA, JENIS, String.valueOf(id), p.wilayahKode(), null);
        return p;
    }

    @Transactional
    long buat(FormPengguna f, PenggunaSaatIni admin) {
        var galat = periksa(f, admin);
        if (repo.cariUsername(f.getUsername()).isPresent()) {
            galat.tambah("username", "pengguna.username.terpakai");
        }
        if (f.getSandi() == null) {
            galat.tambah("sandi", "validasi.wajib");
        } else {
            AturanSandi.periksa(f.getSandi(), f.getUsername()).ifPresent(k -> galat.tambah("sandi", k));
        }
        galat.lemparJikaAda();
        long id = repo.simpanBaru(new Pengguna(null, f.getUsername(), f.getNama(), f.getEmail(), kosong(f.getTelepon()),
                encoder.encode(f.getSandi()), f.getWilayahKode(), seksi(f), true, 0, null, null, f.getPeran()));
        audit.catat(AksiAudit.BUAT, JENIS, String.valueOf(id), f.getWilayahKode(),
                "Peran " + f.getPeran() + ", wilayah " + f.getWilayahKode());
        return id;
    }

    @Transactional
    void ubah(long id, FormPengguna f, PenggunaSaatIni admin) {
        Pengguna lama = dalamCakupan(id, admin);
        f.setUsername(lama.username());
        var galat = periksa(f, admin);
        if (f.getSandi() != null) {
            AturanSandi.periksa(f.getSandi(), lama.username()).ifPresent(k -> galat.tambah("sandi", k));
        }
        if (lama.id() == admin.id() && !f.getPeran().contains(Peran.ADMIN)) {
            galat.tambah("peran", "pengguna.admin.diri");
        }
        galat.lemparJikaAda();
        repo.ubah(id, f.getNama(), f.getEmail(), kosong(f.getTelepon()), f.getWilayahKode(), seksi(f), f.getPeran());
        if (f.getSandi() != null) {
            repo.gantiSandi(id, encoder.encode(f.getSandi()));
        }
        audit.catat(AksiAudit.UBAH, JENIS, String.valueOf(id), f.getWilayahKode(), "Peran " + f.getPeran()
                + ", wilayah " + f.getWilayahKode() + (f.getSandi() != null ? ", sandi direset" : ""));
        akhiriSesi(lama.username());
    }

    @Transactional
    void aturAktif(long id, boolean aktif, PenggunaSaatIni admin) {
        Pengguna p = dalamCakupan(id, admin);
        if (p.id() == admin.id() && !aktif) {
            throw new GalatValidasi("", "pengguna.nonaktif.diri");
        }
        repo.aturAktif(id, aktif);
        audit.catat(AksiAudit.UBAH, JENIS, String.valueOf(id), p.wilayahKode(), aktif ? "Diaktifkan" : "Dinonaktifkan");
        if (!aktif) {
            akhiriSesi(p.username());
        }
    }

    @Transactional
    void bukaKunci(long id, PenggunaSaatIni admin) {
        Pengguna p = dalamCakupan(id, admin);
        repo.bukaKunci(id);
        audit.catat(AksiAudit.BUKA_KUNCI, JENIS, String.valueOf(id), p.wilayahKode(), null);
    }

    @Transactional
    void gantiSandiSendiri(PenggunaSaatIni saya, String lama, String baru, String ulang) {
        Pengguna p = repo.cari(saya.id()).orElseThrow(() -> new TidakDitemukan("Pengguna"));
        var galat = new GalatValidasi.Kumpulan();
        if (lama == null || !encoder.matches(lama, p.sandiHash())) {
            galat.tambah("sandiLama", "sandi.lama.salah");
        }
        AturanSandi.periksa(baru, p.username()).ifPresent(k -> galat.tambah("sandiBaru", k));
        if (baru != null && !baru.equals(ulang)) {
            galat.tambah("sandiUlang", "sandi.tidak.sama");
        }
        if (baru != null && lama != null && baru.equals(lama)) {
            galat.tambah("sandiBaru", "sandi.sama.dengan.lama");
        }
        galat.lemparJikaAda();
        repo.gantiSandi(p.id(), encoder.encode(baru));
        audit.catat(AksiAudit.GANTI_SANDI, JENIS, String.valueOf(p.id()), p.wilayahKode(), null);
    }

    Pengguna milikSaya(PenggunaSaatIni saya) {
        return repo.cari(saya.id()).orElseThrow(() -> new TidakDitemukan("Pengguna"));
    }

    /** An administrator with a region scope manages only the users inside it. */
    private Pengguna dalamCakupan(long id, PenggunaSaatIni admin) {
        Pengguna p = repo.cari(id).orElseThrow(() -> new TidakDitemukan("Pengguna"));
        if (admin.wilayahKode() != null && !KodeWilayah.termasuk(p.wilayahKode(), admin.wilayahKode())) {
            throw new TidakDitemukan("Pengguna");
        }
        return p;
    }

    private GalatValidasi.Kumpulan periksa(FormPengguna f, PenggunaSaatIni admin) {
        var galat = new GalatValidasi.Kumpulan();
        String kode = f.getWilayahKode();
        Set<Peran> peran = f.getPeran();
        if (kode == null) {
            if (!(peran.equals(EnumSet.of(Peran.ADMIN)) && admin.wilayahKode() == null)) {
                galat.tambah("wilayahKode", "pengguna.wilayah.wajib");
            }
        } else if (!KodeWilayah.sah(kode) || wilayah.cari(kode).isEmpty() || !wilayah.dilayani(kode)) {
            galat.tambah("wilayahKode", "pengguna.wilayah.tidak.dikenal");
        } else if (admin.wilayahKode() != null && !KodeWilayah.termasuk(kode, admin.wilayahKode())) {
            galat.tambah("wilayahKode", "pengguna.wilayah.luar.cakupan");
        } else {
            Tingkat t = Tingkat.dariKode(kode);
            if (peran.stream().anyMatch(PERAN_DESA::contains) && t != Tingkat.DESA) {
                galat.tambah("wilayahKode", "pengguna.wilayah.harus.desa");
            } else if (peran.stream().anyMatch(PERAN_KECAMATAN::contains) && t != Tingkat.KECAMATAN) {
                galat.tambah("wilayahKode", "pengguna.wilayah.harus.kecamatan");
            } else if (peran.contains(Peran.TIM_KABUPATEN) && t != Tingkat.KABUPATEN) {
                galat.tambah("wilayahKode", "pengguna.wilayah.harus.kabupaten");
            } else if (peran.contains(Peran.TP_PKK) && t == Tingkat.PROVINSI) {
                galat.tambah("wilayahKode", "pengguna.wilayah.harus.kecamatan");
            }
        }
        if (peran.contains(Peran.KASI) && f.getSeksi() == null) {
            galat.tambah("seksi", "pengguna.seksi.wajib");
        }
        if (peran.contains(Peran.ADMIN) && admin.wilayahKode() != null && kode == null) {
            galat.tambah("wilayahKode", "pengguna.wilayah.luar.cakupan");
        }
        return galat;
    }

    private static String seksi(FormPengguna f) {
        return f.getPeran().contains(Peran.KASI) ? f.getSeksi() : null;
    }

    private static String kosong(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Role or scope changes and deactivation take effect at once: the user's open sessions end. */
    private void akhiriSesi(String username) {
        sesi.findByPrincipalName(username).keySet().forEach(sesi::deleteById);
    }
}
