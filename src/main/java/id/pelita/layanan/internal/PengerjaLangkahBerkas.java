package id.pelita.layanan.internal;

import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.layanan.PengerjaLangkah;
import id.pelita.sop.DefinisiSop;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link PengerjaLangkah}: the inbox's own completion rules, reached from another module's page. */
@Service
class PengerjaLangkahBerkas implements PengerjaLangkah {

    private final BerkasRepository repo;
    private final SopTerjemahan sop;
    private final LayananBerkas layanan;
    private final TaskService tugas;
    private final AuditLog audit;

    PengerjaLangkahBerkas(BerkasRepository repo, SopTerjemahan sop, LayananBerkas layanan, TaskService tugas,
                          AuditLog audit) {
        this.repo = repo;
        this.sop = sop;
        this.layanan = layanan;
        this.tugas = tugas;
        this.audit = audit;
    }

    @Override
    public Optional<LangkahMenunggu> menunggu(String nomorBerkas) {
        return tugasMenunggu(nomorBerkas).map(t -> {
            DefinisiSop definisi = definisi(t);
            var langkah = sop.langkah(definisi, nomor(t));
            var peran = definisi.pelaksana(langkah.pelaksana()).map(DefinisiSop.Pelaksana::peran).orElse(null);
            return new LangkahMenunggu(langkah.no(), langkah.kegiatan(), peran,
                    t.getDueDate() == null ? null : t.getDueDate().toInstant());
        });
    }

    @Override
    public boolean boleh(String nomorBerkas, PenggunaSaatIni pengguna) {
        return tugasMenunggu(nomorBerkas).map(t -> layanan.bolehMengerjakan(t.getId(), pengguna)).orElse(false);
    }

    @Override
    @Transactional
    public void selesaikan(String nomorBerkas, int langkahNo, PenggunaSaatIni oleh, boolean lanjut, String output,
                           String catatan) {
        Task t = tugasMenunggu(nomorBerkas).orElseThrow(() -> new TidakDitemukan("Berkas " + nomorBerkas));
        if (!layanan.bolehMengerjakan(t.getId(), oleh)) {
            throw new TidakDitemukan("Tugas");
        }
        var langkah = langkahYangDiminta(t, langkahNo);
        String keputusan = langkah.keputusan() == null ? null : lanjut ? "YA" : "TIDAK";
        List<String> kelengkapan = langkah.kelengkapan() == null ? List.of() : langkah.kelengkapan();
        layanan.selesaikan(t.getId(),
                new IsianLangkah(new LinkedHashSet<>(kelengkapan), output, catatan, keputusan, List.of()), oleh);
    }

    @Override
    @Transactional
    public void selesaikanOlehSistem(String nomorBerkas, int langkahNo, boolean lanjut, String output, String catatan) {
        Task t = tugasMenunggu(nomorBerkas).orElseThrow(() -> new TidakDitemukan("Berkas " + nomorBerkas));
        var langkah = langkahYangDiminta(t, langkahNo);
        if (langkah.keputusan() != null && !lanjut && (catatan == null || catatan.isBlank())) {
            throw new GalatValidasi("catatan", "tugas.alasan.wajib");
        }
        Map<String, Object> lokal = new HashMap<>(); // null output/notes are allowed
        lokal.put(PencatatLangkah.VAR_OLEH, PembukaBerkasOtomatis.SISTEM);
        lokal.put(PencatatLangkah.VAR_OUTPUT, output == null || output.isBlank() ? langkah.output() : output.strip());
        lokal.put(PencatatLangkah.VAR_CATATAN, catatan == null || catatan.isBlank() ? null : catatan.strip());
        tugas.setVariablesLocal(t.getId(), lokal);
        Map<String, Object> proses = new HashMap<>();
        if (langkah.keputusan() != null) {
            proses.put(KompilatorBpmn.variabelKeputusan(langkah.no()), lanjut ? "YA" : "TIDAK");
        }
        tugas.complete(t.getId(), proses);
        audit.catatSistem(AksiAudit.UBAH, LayananBerkas.JENIS, nomorBerkas, (String) t.getProcessVariables().get("wilayahKode"),
                "Langkah " + langkah.no() + " selesai oleh sistem");
    }

    private DefinisiSop.Langkah langkahYangDiminta(Task t, int langkahNo) {
        if (nomor(t) != langkahNo) {
            // The page was older than the case: someone else already moved it on.
            throw new GalatValidasi("langkah", "tugas.langkah.sudah.berubah");
        }
        return sop.langkah(definisi(t), langkahNo);
    }

    private Optional<Task> tugasMenunggu(String nomorBerkas) {
        return repo.cariNomor(nomorBerkas).filter(b -> Berkas.BERJALAN.equals(b.status()) && b.prosesId() != null)
                .flatMap(b -> tugas.createTaskQuery().processInstanceId(b.prosesId()).includeProcessVariables()
                        .orderByTaskCreateTime().asc().list().stream().findFirst());
    }

    private DefinisiSop definisi(Task t) {
        var vars = t.getProcessVariables();
        return sop.versi((String) vars.get("sopKode"), (Integer) vars.get("sopVersi"));
    }

    private static int nomor(Task t) {
        return Integer.parseInt(t.getTaskDefinitionKey().substring("langkah_".length()));
    }
}
