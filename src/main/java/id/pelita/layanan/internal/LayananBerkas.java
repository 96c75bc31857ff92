package id.pelita.layanan.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.KatalogSop;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Tingkat;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Starting cases, the inbox, claiming and completing steps: the rules people meet when they run an SOP. */
@Service
class LayananBerkas implements id.pelita.layanan.KotakTugas {

    static final String JENIS = "berkas";

    private final KatalogSop katalog;
    private final SopTerjemahan sop;
    private final PenyebarSop penyebar;
    private final BerkasRepository repo;
    private final LampiranRepository lampiran;
    private final RuntimeService runtime;
    private final TaskService tugas;
    private final ProcessEngineConfiguration flowable;
    private final DirektoriWilayah wilayah;
    private final Akses akses;
    private final AuditLog audit;

    LayananBerkas(KatalogSop katalog, SopTerjemahan sop, PenyebarSop penyebar, BerkasRepository repo,
                  LampiranRepository lampiran, RuntimeService runtime, TaskService tugas,
                  ProcessEngineConfiguration flowable, DirektoriWilayah wilayah, Akses akses, AuditLog audit) {
        this.katalog = katalog;
        this.sop = sop;
        this.penyebar = penyebar;
        this.repo = repo;
        this.lampiran = lampiran;
        this.runtime = runtime;
        this.tugas = tugas;
        this.flowable = flowable;
        this.wilayah = wilayah;
        this.akses = akses;
        this.audit = audit;
    }

    /** Starts a case of the latest version of an SOP in a region of the user's scope. */
    @Transactional
    Berkas mulai(String kodeSop, String wilayahKode, String pemohonNama, String pemohonKontak, String ringkasan,
                 PenggunaSaatIni oleh) {
        var galat = new GalatValidasi.Kumpulan();
        DefinisiSop definisi = kodeSop == null ? null : katalog.terbaru(kodeSop).orElse(null);
        if (definisi == null) {
            galat.tambah("sopKode", "berkas.sop.tidak.dikenal");
        }
        if (wilayahKode == null || !KodeWilayah.sah(wilayahKode) || wilayah.cari(wilayahKode).isEmpty()) {
            galat.tambah("wilayahKode", "berkas.wilayah.wajib");
        } else if (Tingkat.dariKode(wilayahKode).ordinal() < Tingkat.KECAMATAN.ordinal()) {
            galat.tambah("wilayahKode", "berkas.wilayah.tingkat");
        } else if (!akses.bolehWilayah(wilayahKode)) {
            throw new AccessDeniedException("Wilayah di luar cakupan");
        } else if (definisi != null && !definisi.kecamatan().isEmpty()
                && !definisi.kecamatan().contains(GrupTugas.potong(wilayahKode, Tingkat.KECAMATAN))) {
            galat.tambah("wilayahKode", "berkas.sop.bukan.kecamatan.ini");
        }
        if (definisi != null) {
            var awal = definisi.pelaksana(definisi.langkah().get(0).pelaksana()).orElseThrow();
            if (!oleh.punya(awal.peran())) {
                galat.tambah("sopKode", "berkas.bukan.peran.awal");
            }
        }
        if (ringkasan != null && ringkasan.length() > 2000) {
            galat.tambah("ringkasan", "berkas.ringkasan.panjang");
        }
        galat.lemparJikaAda();

        Berkas b = jalankan(definisi, wilayahKode, pemohonNama, pemohonKontak, ringkasan, oleh.username());
        audit.catat(AksiAudit.BUAT, JENIS, b.nomor(), wilayahKode, "SOP " + definisi.kode() + " v" + definisi.versi());
        // The person who opens the case usually does the first step at once.
        for (Task t : tugasProses(b.prosesId())) {
            if (bolehMengerjakan(t.getId(), oleh)) {
                tugas.claim(t.getId(), oleh.username());
            }
        }
        return b;
    }

    /** Stores the case and starts its process; the checks are the caller's. */
    Berkas jalankan(DefinisiSop definisi, String wilayahKode, String pemohonNama, String pemohonKontak,
                    String ringkasan, String oleh) {
        var sekarang = flowable.getClock().getCurrentTime().toInstant();
        String nomor = "L-" + Year.now(ZoneId.of("Asia/Jakarta")) + "-" + String.format("%06d", repo.urutBerikut());
        String kecamatan = GrupTugas.potong(wilayahKode, Tingkat.KECAMATAN);
        long id = repo.simpan(nomor, definisi.kode(), definisi.versi(), definisi.nama(), wilayahKode, kecamatan,
                kosong(pemohonNama), kosong(pemohonKontak), kosong(ringkasan), oleh, sekarang);
        String prosesId = penyebar.idProses(definisi.kode(), definisi.versi());
        Map<String, Object> variabel = new HashMap<>();
        variabel.put("berkasId", id);
        variabel.put("nomorBerkas", nomor);
        variabel.put("sopKode", definisi.kode());
        variabel.put("sopVersi", definisi.versi());
        variabel.put("wilayahKode", wilayahKode);
        variabel.put("kodeKecamatan", kecamatan);
        variabel.put("kodeKabupaten", GrupTugas.potong(wilayahKode, Tingkat.KABUPATEN));
        // A kecamatan-wide case has no village; village roles then act for the kecamatan as a whole.
        variabel.put("kodeDesa", wilayahKode);
        var instance = runtime.startProcessInstanceById(prosesId, nomor, variabel);
        repo.aturProses(id, instance.getId());
        return repo.cari(id).orElseThrow();
    }

    /** Tasks assigned to the user, or unclaimed in one of the user's groups (role @ scope). */
    private static org.flowable.task.api.TaskQuery milik(org.flowable.task.api.TaskQuery q, PenggunaSaatIni p) {
        Set<String> grup = GrupTugas.milik(p.peran(), p.wilayahKode());
        if (grup.isEmpty()) {
            return q.taskAssignee(p.username());
        }
        return q.or().taskAssignee(p.username()).taskCandidateGroupIn(grup).endOr();
    }

    List<Task> kotakTugas(PenggunaSaatIni p, int halaman, int ukuran) {
        Set<String> grup = GrupTugas.milik(p.peran(), p.wilayahKode());
        return milik(tugas.createTaskQuery().includeProcessVariables(), p)
                .orderByTaskDueDate().asc().orderByTaskCreateTime().asc().listPage(halaman * ukuran, ukuran);
    }

    @Override
    public long jumlahTugas(PenggunaSaatIni p) {
        return milik(tugas.createTaskQuery(), p).count();
    }

    @Override
    public long jumlahTerlambat(PenggunaSaatIni p) {
        return milik(tugas.createTaskQuery(), p).taskDueBefore(flowable.getClock().getCurrentTime()).count();
    }

    boolean bolehMengerjakan(String tugasId, PenggunaSaatIni p) {
        return milik(tugas.createTaskQuery().taskId(tugasId), p).count() > 0;
    }

    /** A task the user may work on; anything else is "not found" so task ids reveal nothing. */
    Task tugasUntuk(String tugasId, PenggunaSaatIni p) {
        if (!bolehMengerjakan(tugasId, p)) {
            throw new TidakDitemukan("Tugas");
        }
        return tugas.createTaskQuery().taskId(tugasId).includeProcessVariables().singleResult();
    }

    @Transactional
    void klaim(String tugasId, PenggunaSaatIni p) {
        Task t = tugasUntuk(tugasId, p);
        if (t.getAssignee() != null && !t.getAssignee().equals(p.username())) {
            throw new GalatValidasi("", "tugas.sudah.diklaim");
        }
        if (t.getAssignee() == null) {
            tugas.claim(tugasId, p.username());
        }
    }

    @Transactional
    void selesaikan(String tugasId, IsianLangkah isian, PenggunaSaatIni p) {
        Task t = tugasUntuk(tugasId, p);
        if (t.getAssignee() != null && !t.getAssignee().equals(p.username())) {
            throw new GalatValidasi("", "tugas.sudah.diklaim");
        }
        var vars = t.getProcessVariables();
        var definisi = sop.versi((String) vars.get("sopKode"), (Integer) vars.get("sopVersi"));
        int no = Integer.parseInt(t.getTaskDefinitionKey().substring("langkah_".length()));
        var langkah = sop.langkah(definisi, no);

        var galat = new GalatValidasi.Kumpulan();
        String keputusan = isian.keputusan() == null ? null : isian.keputusan().trim().toUpperCase();
        boolean kirimBalik = "TIDAK".equals(keputusan);
        if (langkah.keputusan() != null && !"YA".equals(keputusan) && !kirimBalik) {
            galat.tambah("keputusan", "tugas.keputusan.wajib");
        }
        if (kirimBalik && (isian.catatan() == null || isian.catatan().isBlank())) {
            galat.tambah("catatan", "tugas.alasan.wajib");
        }
        if (!kirimBalik) {
            List<String> kurang = langkah.kelengkapan() == null ? List.of()
                    : langkah.kelengkapan().stream().filter(k -> !isian.kelengkapan().contains(k)).toList();
            if (!kurang.isEmpty()) {
                galat.tambah("kelengkapan", "tugas.kelengkapan.kurang");
            }
        }
        if (isian.catatan() != null && isian.catatan().length() > 2000) {
            galat.tambah("catatan", "tugas.catatan.panjang");
        }
        galat.lemparJikaAda();

        if (t.getAssignee() == null) {
            tugas.claim(tugasId, p.username());
        }
        long berkasId = ((Number) vars.get("berkasId")).longValue();
        var catatanLangkah = repo.langkahTugas(tugasId).orElseThrow();
        for (var l : isian.lampiran()) {
            lampiran.simpan(berkasId, catatanLangkah.id(), l, p.username(), flowable.getClock().getCurrentTime().toInstant());
        }
        String output = isian.output() == null || isian.output().isBlank() ? langkah.output() : isian.output().strip();
        tugas.setVariableLocal(tugasId, PencatatLangkah.VAR_OUTPUT, potong(output, 1000));
        tugas.setVariableLocal(tugasId, PencatatLangkah.VAR_CATATAN, kosong(isian.catatan()));
        tugas.setVariableLocal(tugasId, PencatatLangkah.VAR_KELENGKAPAN, String.join("; ", isian.kelengkapan()));
        Map<String, Object> proses = new HashMap<>();
        if (langkah.keputusan() != null) {
            proses.put(KompilatorBpmn.variabelKeputusan(no), keputusan);
        }
        tugas.complete(tugasId, proses);
        audit.catat(AksiAudit.UBAH, JENIS, (String) vars.get("nomorBerkas"), (String) vars.get("wilayahKode"),
                "Langkah " + no + " selesai" + (keputusan != null ? " (" + keputusan + ")" : ""));
    }

    Berkas lihat(String nomor, PenggunaSaatIni p) {
        Berkas b = repo.cariNomor(nomor).orElseThrow(() -> new TidakDitemukan("Berkas"));
        if (!akses.bolehWilayah(b.wilayahKode())) {
            throw new TidakDitemukan("Berkas");
        }
        return b;
    }

    List<Task> tugasProses(String prosesId) {
        return tugas.createTaskQuery().processInstanceId(prosesId).list();
    }

    private static String kosong(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String potong(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n);
    }
}
