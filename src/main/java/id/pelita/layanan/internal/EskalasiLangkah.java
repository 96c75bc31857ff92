package id.pelita.layanan.internal;

import id.pelita.inti.Peran;
import id.pelita.layanan.LangkahTerlambat;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A step's timer fired: the step is marked late (counted as a breach) and the role above joins the task's
 * candidates: staf → kasi → sekcam → camat; roles outside that chain (village operator, cadre, TP-PKK)
 * escalate to the camat.
 */
@Component("eskalasiLangkah")
class EskalasiLangkah implements JavaDelegate {

    private final BerkasRepository repo;
    private final ApplicationEventPublisher peristiwa;

    EskalasiLangkah(BerkasRepository repo, ApplicationEventPublisher peristiwa) {
        this.repo = repo;
        this.peristiwa = peristiwa;
    }

    static Peran atasan(Peran peran) {
        return peran.atasan().orElse(peran == Peran.CAMAT || peran == Peran.TIM_KABUPATEN || peran == Peran.ADMIN
                ? null : Peran.CAMAT);
    }

    @Override
    public void execute(DelegateExecution execution) {
        int no = Integer.parseInt(execution.getCurrentActivityId().substring("eskalasi_".length()));
        var taskService = CommandContextUtil.getProcessEngineConfiguration().getTaskService();
        var tugas = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(KompilatorBpmn.idLangkah(no)).singleResult();
        if (tugas == null) {
            return;
        }
        var catatan = repo.langkahTugas(tugas.getId()).orElseThrow();
        Peran peran = Peran.valueOf(catatan.peran());
        Peran ke = atasan(peran);
        String grup = ke == null ? null : GrupTugas.untuk(ke, (String) execution.getVariable("wilayahKode"));
        if (grup != null) {
            taskService.addCandidateGroup(tugas.getId(), grup);
        }
        repo.tandaiTerlambat(tugas.getId(), grup);
        var berkas = repo.cari(catatan.berkasId()).orElseThrow();
        peristiwa.publishEvent(new LangkahTerlambat(berkas.nomor(), berkas.sopKode(), no, peran.name(), grup));
    }
}
