package id.pelita.layanan.internal;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** Deploys an SOP version's BPMN to Flowable the first time a case of it starts (or when it is published). */
@Component
class PenyebarSop {

    private final RepositoryService repository;
    private final KompilatorBpmn kompilator;
    private final SopTerjemahan sop;

    PenyebarSop(RepositoryService repository, KompilatorBpmn kompilator, SopTerjemahan sop) {
        this.repository = repository;
        this.kompilator = kompilator;
        this.sop = sop;
    }

    /** Process definition ids by key once known: they never change, so most cases start without a query. */
    private final java.util.Map<String, String> dikenal = new java.util.concurrent.ConcurrentHashMap<>();

    String idProses(String kode, int versi) {
        String kunci = KompilatorBpmn.kunciProses(kode, versi);
        String id = dikenal.get(kunci);
        if (id == null) {
            id = pastikan(kode, versi).getId();
            dikenal.put(kunci, id);
        }
        return id;
    }

    synchronized ProcessDefinition pastikan(String kode, int versi) {
        String kunci = KompilatorBpmn.kunciProses(kode, versi);
        ProcessDefinition ada = repository.createProcessDefinitionQuery().processDefinitionKey(kunci).latestVersion()
                .singleResult();
        if (ada != null) {
            return ada;
        }
        var definisi = sop.versi(kode, versi);
        var penyebaran = repository.createDeployment().name("SOP " + kode + " v" + versi).category("sop")
                .key(kunci).addBpmnModel(kunci + ".bpmn20.xml", kompilator.kompilasi(definisi)).deploy();
        return repository.createProcessDefinitionQuery().deploymentId(penyebaran.getId()).singleResult();
    }
}
