package id.pelita.layanan.internal;

import id.pelita.kalender.KalenderKerja;
import id.pelita.sop.WaktuBaku;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

/**
 * The deadline of a step: the upper bound of its time standard, counted in the kecamatan's working time
 * from the moment the step starts (Flowable's clock, so tests can move time).
 */
@Component("tenggatLangkah")
class TenggatLangkah {

    private final SopTerjemahan sop;
    private final KalenderKerja kalender;

    TenggatLangkah(SopTerjemahan sop, KalenderKerja kalender) {
        this.sop = sop;
        this.kalender = kalender;
    }

    public Date hitung(DelegateExecution execution, int no) {
        var definisi = sop.versi((String) execution.getVariable("sopKode"), (Integer) execution.getVariable("sopVersi"));
        WaktuBaku waktu = WaktuBaku.parse(sop.langkah(definisi, no).waktu());
        Instant mulai = CommandContextUtil.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
        Instant tenggat = kalender.tenggat((String) execution.getVariable("kodeKecamatan"), mulai, waktu.maks(),
                SopTerjemahan.satuan(waktu));
        return Date.from(tenggat);
    }
}
