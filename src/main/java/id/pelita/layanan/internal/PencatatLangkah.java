package id.pelita.layanan.internal;

import id.pelita.kalender.KalenderKerja;
import id.pelita.layanan.LangkahSelesai;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the case timeline: a row when a step's task is created, filled in when it is completed (who, how
 * long in working time, late or not, decision, output, notes, ticked items).
 */
@Component("pencatatLangkah")
class PencatatLangkah implements TaskListener {

    static final String VAR_OUTPUT = "output";
    static final String VAR_CATATAN = "catatan";
    static final String VAR_KELENGKAPAN = "kelengkapan";
    static final String VAR_OLEH = "oleh";

    private final BerkasRepository repo;
    private final KalenderKerja kalender;
    private final ApplicationEventPublisher peristiwa;

    PencatatLangkah(BerkasRepository repo, KalenderKerja kalender, ApplicationEventPublisher peristiwa) {
        this.repo = repo;
        this.kalender = kalender;
        this.peristiwa = peristiwa;
    }

    @Override
    public void notify(DelegateTask tugas) {
        Instant sekarang = CommandContextUtil.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
        long berkasId = ((Number) tugas.getVariable("berkasId")).longValue();
        int no = Integer.parseInt(tugas.getTaskDefinitionKey().substring("langkah_".length()));
        if (EVENTNAME_CREATE.equals(tugas.getEventName())) {
            String peran = tugas.getCandidates().stream().map(c -> c.getGroupId()).filter(g -> g != null)
                    .map(g -> g.substring(0, g.indexOf('@'))).findFirst().orElse("?");
            repo.mulaiLangkah(berkasId, no, tugas.getName(), peran, tugas.getId(), sekarang,
                    tugas.getDueDate() == null ? null : tugas.getDueDate().toInstant());
        } else if (EVENTNAME_COMPLETE.equals(tugas.getEventName())) {
            var catatan = repo.langkahTugas(tugas.getId()).orElseThrow();
            String kecamatan = (String) tugas.getVariable("kodeKecamatan");
            int durasi = (int) kalender.durasiKerja(kecamatan, catatan.mulai(), sekarang).toMinutes();
            boolean terlambat = catatan.tenggat() != null && sekarang.isAfter(catatan.tenggat());
            Object keputusan = tugas.getVariable(KompilatorBpmn.variabelKeputusan(no));
            String oleh = tugas.getAssignee() != null ? tugas.getAssignee() : (String) tugas.getVariableLocal(VAR_OLEH);
            repo.selesaiLangkah(tugas.getId(), sekarang, oleh, durasi, terlambat,
                    keputusan == null ? null : keputusan.toString(), (String) tugas.getVariableLocal(VAR_OUTPUT),
                    (String) tugas.getVariableLocal(VAR_CATATAN), (String) tugas.getVariableLocal(VAR_KELENGKAPAN));
            peristiwa.publishEvent(new LangkahSelesai((String) tugas.getVariable("nomorBerkas"),
                    (String) tugas.getVariable("sopKode"), no, oleh, (String) tugas.getVariableLocal(VAR_OUTPUT),
                    (String) tugas.getVariableLocal(VAR_CATATAN)));
        }
    }
}
