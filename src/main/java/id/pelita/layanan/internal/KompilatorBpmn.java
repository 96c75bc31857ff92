package id.pelita.layanan.internal;

import id.pelita.sop.DefinisiSop;
import id.pelita.sop.DefinisiSop.Langkah;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowableListener;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.bpmn.model.Process;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Turns one SOP version into a BPMN process: each step a user task for its role's group in the case's
 * region, each decision an exclusive gateway ("no" goes back to the step it names), and each time standard
 * a non-interrupting timer that marks the step late and escalates it. Deadlines are computed in working
 * time by {@link TenggatLangkah} when the step starts.
 */
@Component
class KompilatorBpmn {

    static String kunciProses(String kodeSop, int versi) {
        return "sop_" + kodeSop.replaceAll("[^A-Za-z0-9]", "_") + "_v" + versi;
    }

    static String idLangkah(int no) {
        return "langkah_" + no;
    }

    static String variabelKeputusan(int no) {
        return "keputusan_" + no;
    }

    BpmnModel kompilasi(DefinisiSop sop) {
        Process proses = new Process();
        proses.setId(kunciProses(sop.kode(), sop.versi()));
        proses.setName(sop.nama() + " (v" + sop.versi() + ")");
        proses.setExecutable(true);

        StartEvent mulai = new StartEvent();
        mulai.setId("mulai");
        proses.addFlowElement(mulai);
        EndEvent selesai = new EndEvent();
        selesai.setId("selesai");
        selesai.setExecutionListeners(List.of(pendengar("start", "${penutupBerkas}")));
        proses.addFlowElement(selesai);

        List<Langkah> langkah = sop.langkah();
        for (Langkah l : langkah) {
            var pelaksana = sop.pelaksana(l.pelaksana()).orElseThrow();
            UserTask tugas = new UserTask();
            tugas.setId(idLangkah(l.no()));
            // Flowable keeps task names in 255 characters; the full activity text stays in the SOP.
            tugas.setName(l.kegiatan().length() <= 250 ? l.kegiatan() : l.kegiatan().substring(0, 249) + "…");
            // e.g. STAF@${kodeKecamatan}: resolved per case from its region variables
            tugas.setCandidateGroups(List.of(pelaksana.peran().name() + "@${"
                    + variabelWilayah(GrupTugas.tingkat(pelaksana.peran())) + "}"));
            tugas.setDueDate("${tenggatLangkah.hitung(execution, " + l.no() + ")}");
            tugas.setTaskListeners(List.of(pendengar("create", "${pencatatLangkah}"),
                    pendengar("complete", "${pencatatLangkah}")));
            proses.addFlowElement(tugas);

            BoundaryEvent batas = new BoundaryEvent();
            batas.setId("terlambat_" + l.no());
            batas.setAttachedToRef(tugas);
            batas.setAttachedToRefId(tugas.getId());
            batas.setCancelActivity(false);
            TimerEventDefinition timer = new TimerEventDefinition();
            timer.setTimeDate("${tenggatLangkah.hitung(execution, " + l.no() + ")}");
            batas.addEventDefinition(timer);
            proses.addFlowElement(batas);

            ServiceTask eskalasi = new ServiceTask();
            eskalasi.setId("eskalasi_" + l.no());
            eskalasi.setName("Eskalasi langkah " + l.no());
            eskalasi.setImplementationType(ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION);
            eskalasi.setImplementation("${eskalasiLangkah}");
            proses.addFlowElement(eskalasi);
            EndEvent akhirEskalasi = new EndEvent();
            akhirEskalasi.setId("eskalasi_selesai_" + l.no());
            proses.addFlowElement(akhirEskalasi);
            proses.addFlowElement(alur(batas.getId(), eskalasi.getId(), null));
            proses.addFlowElement(alur(eskalasi.getId(), akhirEskalasi.getId(), null));
        }

        proses.addFlowElement(alur("mulai", idLangkah(langkah.get(0).no()), null));
        for (int i = 0; i < langkah.size(); i++) {
            Langkah l = langkah.get(i);
            String berikut = i + 1 < langkah.size() ? idLangkah(langkah.get(i + 1).no()) : "selesai";
            if (l.keputusan() == null) {
                proses.addFlowElement(alur(idLangkah(l.no()), berikut, null));
            } else {
                ExclusiveGateway gerbang = new ExclusiveGateway();
                gerbang.setId("keputusan_" + l.no());
                gerbang.setName(l.keputusan().pertanyaan());
                proses.addFlowElement(gerbang);
                proses.addFlowElement(alur(idLangkah(l.no()), gerbang.getId(), null));
                String v = variabelKeputusan(l.no());
                SequenceFlow ya = alur(gerbang.getId(), berikut, "${" + v + " == 'YA'}");
                ya.setName(l.keputusan().labelYa() == null ? "Ya" : l.keputusan().labelYa());
                SequenceFlow tidak = alur(gerbang.getId(), idLangkah(l.keputusan().jikaTidak()), "${" + v + " != 'YA'}");
                tidak.setName(l.keputusan().labelTidak() == null ? "Tidak" : l.keputusan().labelTidak());
                proses.addFlowElement(ya);
                proses.addFlowElement(tidak);
            }
        }
        BpmnModel model = new BpmnModel();
        model.addProcess(proses);
        return model;
    }

    static String variabelWilayah(id.pelita.wilayah.Tingkat tingkat) {
        return switch (tingkat) {
            case DESA -> "kodeDesa";
            case KABUPATEN -> "kodeKabupaten";
            default -> "kodeKecamatan";
        };
    }

    private static SequenceFlow alur(String dari, String ke, String syarat) {
        SequenceFlow f = new SequenceFlow(dari, ke);
        f.setId("alur_" + dari + "_" + ke);
        if (syarat != null) {
            f.setConditionExpression(syarat);
        }
        return f;
    }

    private static FlowableListener pendengar(String peristiwa, String ekspresi) {
        FlowableListener p = new FlowableListener();
        p.setEvent(peristiwa);
        p.setImplementationType(ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION);
        p.setImplementation(ekspresi);
        return p;
    }
}
