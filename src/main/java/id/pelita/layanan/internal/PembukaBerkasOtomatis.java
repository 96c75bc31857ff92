package id.pelita.layanan.internal;

import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.layanan.StatusBerkas;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.KatalogSop;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Tingkat;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Cases the system opens for another module (a complaint): no signed-in user, so the first steps — the
 * report received, the report forwarded — are recorded as done by {@value #SISTEM}.
 */
@Service
class PembukaBerkasOtomatis implements PembukaBerkas {

    static final String SISTEM = "sistem";

    private final KatalogSop katalog;
    private final SopTerjemahan sop;
    private final LayananBerkas layanan;
    private final BerkasRepository repo;
    private final RuntimeService runtime;
    private final TaskService tugas;
    private final ProcessEngineConfiguration flowable;
    private final DirektoriWilayah wilayah;
    private final AuditLog audit;

    PembukaBerkasOtomatis(KatalogSop katalog, SopTerjemahan sop, LayananBerkas layanan, BerkasRepository repo,
                          RuntimeService runtime, TaskService tugas, ProcessEngineConfiguration flowable,
                          DirektoriWilayah wilayah, AuditLog audit) {
        this.katalog = katalog;
        this.sop = sop;
        this.layanan = layanan;
        this.repo = repo;
        this.runtime = runtime;
        this.tugas = tugas;
        this.flowable = flowable;
        this.wilayah = wilayah;
        this.audit = audit;
    }

    @Override
    public boolean berlaku(String kodeSop, String wilayahKode) {
        return katalog.terbaru(kodeSop).map(d -> berlaku(d, wilayahKode)).orElse(false);
    }

    private static boolean berlaku(DefinisiSop d, String wilayahKode) {
        return wilayahKode != null && KodeWilayah.sah(wilayahKode)
                && Tingkat.dariKode(wilayahKode).ordinal() >= Tingkat.KECAMATAN.ordinal()
                && (d.kecamatan().isEmpty() || d.kecamatan().contains(GrupTugas.potong(wilayahKode, Tingkat.KECAMATAN)));
    }

    /** MANDATORY: the case belongs to the caller's record and must commit or roll back with it. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String bukaOtomatis(String kodeSop, String wilayahKode, String pemohonNama, String pemohonKontak,
                               String ringkasan, String rujukan, int langkahOtomatis) {
        DefinisiSop definisi = katalog.terbaru(kodeSop)
                .orElseThrow(() -> new GalatValidasi("sopKode", "berkas.sop.tidak.dikenal"));
        if (!berlaku(definisi, wilayahKode) || wilayah.cari(wilayahKode).isEmpty()) {
            throw new GalatValidasi("wilayahKode", "berkas.sop.bukan.kecamatan.ini");
        }
        if (langkahOtomatis < 0 || langkahOtomatis >= definisi.langkah().size()) {
            throw new IllegalArgumentException("Langkah otomatis di luar SOP: " + langkahOtomatis);
        }
        Berkas b = layanan.jalankan(definisi, wilayahKode, pemohonNama, pemohonKontak,
                ringkasan == null || ringkasan.length() <= 2000 ? ringkasan : ringkasan.substring(0, 2000), SISTEM);
        repo.aturRujukan(b.id(), rujukan);
        audit.catatSistem(AksiAudit.BUAT, LayananBerkas.JENIS, b.nomor(), wilayahKode,
                "SOP " + definisi.kode() + " v" + definisi.versi() + (rujukan == null ? "" : " untuk " + rujukan));
        for (int i = 0; i < langkahOtomatis; i++) {
            Task t = tugas.createTaskQuery().processInstanceId(b.prosesId()).singleResult();
            int no = Integer.parseInt(t.getTaskDefinitionKey().substring("langkah_".length()));
            // One engine command per step (task-local variables set as part of the completion), not three.
            Map<String, Object> lokal = new HashMap<>(); // an SOP step may have no output: null is allowed
            lokal.put(PencatatLangkah.VAR_OLEH, SISTEM);
            lokal.put(PencatatLangkah.VAR_OUTPUT, sop.langkah(definisi, no).output());
            tugas.complete(t.getId(), lokal, true);
            audit.catatSistem(AksiAudit.UBAH, LayananBerkas.JENIS, b.nomor(), wilayahKode,
                    "Langkah " + no + " selesai otomatis");
        }
        return b.nomor();
    }

    @Override
    public Optional<StatusBerkas> status(String nomorBerkas) {
        return repo.cariNomor(nomorBerkas).map(b -> new StatusBerkas(b.nomor(), b.sopKode(), b.status(),
                repo.langkah(b.id()).stream().map(l -> new StatusBerkas.Langkah(l.langkahNo(), l.kegiatan(), l.peran(),
                        l.mulai(), l.tenggat(), l.selesai(), l.oleh(), l.terlambat(), l.output(), l.catatan())).toList()));
    }

    @Override
    @Transactional
    public void batalkan(String nomorBerkas, String alasan) {
        repo.cariNomor(nomorBerkas).filter(b -> Berkas.BERJALAN.equals(b.status())).ifPresent(b -> {
            if (b.prosesId() != null && runtime.createProcessInstanceQuery().processInstanceId(b.prosesId()).count() > 0) {
                runtime.deleteProcessInstance(b.prosesId(), alasan == null ? "dibatalkan" : alasan);
            }
            repo.batal(b.id(), flowable.getClock().getCurrentTime().toInstant());
            audit.catatSistem(AksiAudit.UBAH, LayananBerkas.JENIS, b.nomor(), b.wilayahKode(), "Berkas dibatalkan: "
                    + (alasan == null ? "-" : alasan));
        });
    }
}
