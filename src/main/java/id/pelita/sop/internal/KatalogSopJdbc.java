package id.pelita.sop.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.DefinisiTidakSah;
import id.pelita.sop.KatalogSop;
import id.pelita.sop.RingkasanSop;
import id.pelita.sop.SopDiterbitkan;
import id.pelita.sop.internal.RepositoriSop.BarisSop;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class KatalogSopJdbc implements KatalogSop {

    static final String JENIS_AUDIT = "SOP";

    private final RepositoriSop repo;
    private final YamlSop yaml;
    private final AuditLog audit;
    private final Akses akses;
    private final ApplicationEventPublisher peristiwa;
    /** Parsed definitions by checksum of their text: stored versions never change, so neither does this. */
    private final Map<String, DefinisiSop> tembolok = new ConcurrentHashMap<>();

    KatalogSopJdbc(RepositoriSop repo, YamlSop yaml, AuditLog audit, Akses akses, ApplicationEventPublisher peristiwa) {
        this.repo = repo;
        this.yaml = yaml;
        this.audit = audit;
        this.akses = akses;
        this.peristiwa = peristiwa;
    }

    @Override
    public Optional<DefinisiSop> versi(String kode, int versi) {
        return repo.versi(kode, versi).map(this::definisi);
    }

    @Override
    public Optional<DefinisiSop> terbaru(String kode) {
        return repo.terbaru(kode).map(this::definisi);
    }

    @Override
    public List<RingkasanSop> daftar() {
        return repo.semuaTerbaru().stream().map(b -> {
            DefinisiSop d = definisi(b);
            return new RingkasanSop(b.kode(), b.versi(), d.nama(), d.nomor(), d.kantor());
        }).toList();
    }

    @Override
    @Transactional
    public DefinisiSop simpanRevisi(String teks, String catatan) {
        DefinisiSop dibaca = yaml.baca(teks);
        int berikut = dibaca.kode() == null ? 1 : repo.versiTertinggi(dibaca.kode()) + 1;
        DefinisiSop d = YamlSop.denganVersi(dibaca, berikut);
        List<DefinisiTidakSah.Galat> galat = ValidatorSop.periksa(d);
        if (!galat.isEmpty()) {
            throw new DefinisiTidakSah(galat);
        }
        pastikanWilayah(d);
        // The stored text is the canonical form, so its versi is the number actually given.
        String disimpan = yaml.tulis(d);
        PenggunaSaatIni oleh = akses.wajibMasuk();
        repo.sisipkan(d.kode(), d.versi(), d.nama(), d.nomor(), disimpan, YamlSop.checksum(disimpan), oleh.username(),
                catatan == null || catatan.isBlank() ? null : catatan.strip());
        audit.catat(berikut == 1 ? AksiAudit.BUAT : AksiAudit.UBAH, JENIS_AUDIT, d.kode() + " v" + d.versi(),
                d.kecamatan().isEmpty() ? null : d.kecamatan().get(0), ringkas(catatan));
        peristiwa.publishEvent(new SopDiterbitkan(d.kode(), d.versi()));
        return d;
    }

    @Override
    public String yaml(DefinisiSop definisi) {
        return yaml.tulis(definisi);
    }

    /** The stored text of a version, for export exactly as stored. */
    Optional<String> teks(String kode, int versi) {
        return repo.versi(kode, versi).map(BarisSop::yaml);
    }

    /** The kode written in a text, or null when the text cannot be read (simpanRevisi then says why). */
    String kodeDalam(String teks) {
        try {
            return yaml.baca(teks).kode();
        } catch (DefinisiTidakSah e) {
            return null;
        }
    }

    List<BarisSop> riwayat(String kode) {
        return repo.riwayat(kode);
    }

    DefinisiSop definisi(BarisSop b) {
        return tembolok.computeIfAbsent(b.checksum(), c -> yaml.baca(b.yaml()));
    }

    /**
     * A user with a region scope changes only SOPs of kecamatan inside it (old and new text alike); an SOP
     * for every kecamatan (empty list) only a user without scope.
     */
    private void pastikanWilayah(DefinisiSop baru) {
        Set<String> kecamatan = new LinkedHashSet<>(baru.kecamatan());
        boolean semua = baru.kecamatan().isEmpty();
        Optional<DefinisiSop> lama = terbaru(baru.kode());
        if (lama.isPresent()) {
            kecamatan.addAll(lama.get().kecamatan());
            semua |= lama.get().kecamatan().isEmpty();
        }
        PenggunaSaatIni u = akses.wajibMasuk();
        if (semua && u.wilayahKode() != null) {
            throw new AccessDeniedException("SOP untuk semua kecamatan hanya dapat diubah pengguna tingkat nasional");
        }
        kecamatan.forEach(akses::pastikanWilayah);
    }

    private static String ringkas(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.length() > 500 ? s.substring(0, 500) : s.strip();
    }
}
