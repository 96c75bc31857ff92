package id.pelita.akun.internal;

import id.pelita.inti.Peran;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import id.pelita.inti.PemuatAwal;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;

/**
 * Demo users, one per role, for the demo run only ({@code pelita.demo-data=true}); a production start
 * never creates them. The README lists them.
 */
@Component
@Order(10)
class DataDemoAkun implements PemuatAwal {

    static final String SANDI_DEMO = "pelita-demo-2026";
    private static final Logger LOG = LoggerFactory.getLogger(DataDemoAkun.class);

    record Demo(String username, String nama, Peran peran, String wilayah, String seksi) {
    }

    static final List<Demo> PENGGUNA = List.of(
            new Demo("admin", "Administrator Pelita", Peran.ADMIN, null, null),
            new Demo("camat.reteh", "Camat Reteh", Peran.CAMAT, "14.04.01", null),
            new Demo("sekcam.reteh", "Sekretaris Camat Reteh", Peran.SEKCAM, "14.04.01", null),
            new Demo("kasi.reteh", "Kasi Pemerintahan Reteh", Peran.KASI, "14.04.01", "PEMERINTAHAN"),
            new Demo("staf.reteh", "Staf Kecamatan Reteh", Peran.STAF, "14.04.01", null),
            new Demo("operator.sungaiterap", "Operator Desa Sungai Terap", Peran.OPERATOR_DESA, "14.04.01.2004", null),
            new Demo("operator.sungaimahang", "Operator Desa Sungai Mahang", Peran.OPERATOR_DESA, "14.04.01.2020", null),
            new Demo("kader.sungaiterap", "Kader Posyandu Sungai Terap", Peran.KADER_POSYANDU, "14.04.01.2004", null),
            new Demo("pkk.reteh", "Ketua TP-PKK Kecamatan Reteh", Peran.TP_PKK, "14.04.01", null),
            new Demo("tim.inhil", "Tim Percepatan Penurunan Stunting Kab. Indragiri Hilir", Peran.TIM_KABUPATEN, "14.04", null),
            new Demo("camat.trawas", "Camat Trawas", Peran.CAMAT, "35.16.04", null),
            new Demo("kasi.trawas", "Kasi Kemasyarakatan Trawas", Peran.KASI, "35.16.04", "KEMASYARAKATAN"),
            new Demo("staf.trawas", "Staf Kecamatan Trawas", Peran.STAF, "35.16.04", null),
            new Demo("tksk.trawas", "TKSK Kecamatan Trawas", Peran.TKSK, "35.16.04", null),
            new Demo("camat.dolopo", "Camat Dolopo", Peran.CAMAT, "35.19.02", null),
            new Demo("kasi.dolopo", "Kasi Pelayanan Dolopo", Peran.KASI, "35.19.02", "PELAYANAN"),
            new Demo("staf.dolopo", "Staf Pelayanan Kecamatan Dolopo", Peran.STAF, "35.19.02", null),
            new Demo("operator.bader", "Operator Desa Bader", Peran.OPERATOR_DESA, "35.19.02.2006", null),
            new Demo("operator.doho", "Operator Desa Doho", Peran.OPERATOR_DESA, "35.19.02.2010", null),
            new Demo("camat.mandah", "Camat Mandah", Peran.CAMAT, "14.04.07", null),
            new Demo("pkk.mandah", "Ketua TP-PKK Kecamatan Mandah", Peran.TP_PKK, "14.04.07", null),
            new Demo("kasi.mandah", "Kasi Trantib Mandah", Peran.KASI, "14.04.07", "TRANTIB"),
            new Demo("staf.mandah", "Staf Kecamatan Mandah", Peran.STAF, "14.04.07", null),
            new Demo("camat.concong", "Camat Concong", Peran.CAMAT, "14.04.18", null));

    private final PenggunaRepository repo;
    private final PasswordEncoder encoder;
    private final boolean demo;

    DataDemoAkun(PenggunaRepository repo, PasswordEncoder encoder, @Value("${pelita.demo-data:false}") boolean demo) {
        this.repo = repo;
        this.encoder = encoder;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void muat() {
        if (!demo || repo.jumlah() > 0) {
            return;
        }
        String hash = encoder.encode(SANDI_DEMO);
        for (Demo d : PENGGUNA) {
            repo.simpanBaru(new Pengguna(null, d.username(), d.nama(), d.username() + "@demo.pelita.id", null, hash,
                    d.wilayah(), d.seksi(), true, 0, null, null, EnumSet.of(d.peran())));
        }
        LOG.info("Data demo: {} pengguna demo dibuat (sandi '{}')", PENGGUNA.size(), SANDI_DEMO);
    }
}
