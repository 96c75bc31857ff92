package id.pelita.layanan.internal;

import id.pelita.layanan.BerkasSelesai;
import id.pelita.register.Register;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The case reached the end of its SOP: it is closed and, when the SOP keeps a register, numbered in it in
 * the same transaction (so a failed completion leaves no gap in the register).
 */
@Component("penutupBerkas")
class PenutupBerkas implements ExecutionListener {

    private final BerkasRepository repo;
    private final SopTerjemahan sop;
    private final Register register;
    private final Clock jam;
    private final ApplicationEventPublisher peristiwa;

    PenutupBerkas(BerkasRepository repo, SopTerjemahan sop, Register register, Clock jam,
                  ApplicationEventPublisher peristiwa) {
        this.repo = repo;
        this.sop = sop;
        this.register = register;
        this.jam = jam;
        this.peristiwa = peristiwa;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("berkasId")).longValue();
        var berkas = repo.cari(id).orElseThrow();
        var definisi = sop.versi(berkas.sopKode(), berkas.sopVersi());
        var sekarang = CommandContextUtil.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
        String nomorRegister = null;
        if (definisi.register() != null) {
            var r = definisi.register();
            nomorRegister = register.terbitkan(definisi.kode(), r.format(), r.unit(),
                    LocalDate.ofInstant(sekarang, jam.getZone()), berkas.nomor()).nomor();
        }
        repo.selesai(id, sekarang, nomorRegister);
        execution.setVariable("nomorRegister", nomorRegister);
        peristiwa.publishEvent(new BerkasSelesai(berkas.nomor(), berkas.sopKode(), berkas.wilayahKode(), nomorRegister));
    }
}
