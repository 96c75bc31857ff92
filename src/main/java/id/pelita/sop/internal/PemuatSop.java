package id.pelita.sop.internal;

import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.DefinisiTidakSah;
import id.pelita.sop.SopDiterbitkan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import id.pelita.inti.PemuatAwal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the shipped definition files ({@code classpath:sop/*.yaml}) at start. A (kode, versi) already
 * stored is never overwritten: same checksum, nothing to do; other content, a warning (ship a new versi
 * instead). Order 30: after regions (0) and accounts.
 */
@Component
@Order(30)
class PemuatSop implements PemuatAwal {

    static final String POLA = "classpath:sop/*.yaml";
    private static final Logger log = LoggerFactory.getLogger(PemuatSop.class);

    /** A definition file: its name (for messages) and text. */
    record BerkasSop(String nama, String teks) {
    }

    record HasilMuat(int baru, int sama, int berbeda, int gagal) {
    }

    private final RepositoriSop repo;
    private final YamlSop yaml;
    private final AuditLog audit;
    private final ApplicationEventPublisher peristiwa;
    private final TransactionTemplate transaksi;

    PemuatSop(RepositoriSop repo, YamlSop yaml, AuditLog audit, ApplicationEventPublisher peristiwa,
              TransactionTemplate transaksi) {
        this.repo = repo;
        this.yaml = yaml;
        this.audit = audit;
        this.peristiwa = peristiwa;
        this.transaksi = transaksi;
    }

    @Override
    public void muat() {
        HasilMuat h = muat(berkasBawaan());
        log.info("Definisi SOP bawaan: {} baru, {} sudah ada, {} berbeda dari yang tersimpan, {} gagal",
                h.baru(), h.sama(), h.berbeda(), h.gagal());
    }

    HasilMuat muat(List<BerkasSop> berkas) {
        int baru = 0;
        int sama = 0;
        int berbeda = 0;
        int gagal = 0;
        for (BerkasSop b : berkas) {
            DefinisiSop d;
            try {
                d = yaml.baca(b.teks());
                List<DefinisiTidakSah.Galat> galat = ValidatorSop.periksa(d);
                if (!galat.isEmpty()) {
                    throw new DefinisiTidakSah(galat);
                }
            } catch (DefinisiTidakSah e) {
                // A broken shipped file must not stop the office's application; the test suite catches it.
                log.error("Berkas SOP {} tidak sah, dilewati: {}", b.nama(), e.getMessage());
                gagal++;
                continue;
            }
            switch (simpan(b, d)) {
                case BARU -> baru++;
                case SAMA -> sama++;
                case BERBEDA -> berbeda++;
            }
        }
        return new HasilMuat(baru, sama, berbeda, gagal);
    }

    private enum Hasil { BARU, SAMA, BERBEDA }

    private Hasil simpan(BerkasSop b, DefinisiSop d) {
        String checksum = YamlSop.checksum(b.teks());
        var ada = repo.versi(d.kode(), d.versi());
        if (ada.isPresent()) {
            if (ada.get().checksum().equals(checksum)) {
                return Hasil.SAMA;
            }
            log.warn("SOP {} versi {} sudah tersimpan dengan isi lain; berkas {} diabaikan (versi tidak pernah "
                    + "ditimpa: naikkan versi untuk perubahan)", d.kode(), d.versi(), b.nama());
            return Hasil.BERBEDA;
        }
        try {
            transaksi.executeWithoutResult(s -> {
                repo.sisipkan(d.kode(), d.versi(), d.nama(), d.nomor(), b.teks(), checksum, "sistem",
                        "Dimuat dari berkas bawaan " + b.nama());
                audit.catatSistem(AksiAudit.IMPOR, KatalogSopJdbc.JENIS_AUDIT, d.kode() + " v" + d.versi(),
                        d.kecamatan().isEmpty() ? null : d.kecamatan().get(0), "Berkas bawaan " + b.nama());
                peristiwa.publishEvent(new SopDiterbitkan(d.kode(), d.versi()));
            });
            log.info("SOP {} versi {} dimuat dari {}", d.kode(), d.versi(), b.nama());
            return Hasil.BARU;
        } catch (DuplicateKeyException e) {
            // Another instance stored it a moment ago.
            return Hasil.SAMA;
        }
    }

    static List<BerkasSop> berkasBawaan() {
        try {
            Resource[] semua = new PathMatchingResourcePatternResolver().getResources(POLA);
            List<BerkasSop> hasil = new ArrayList<>();
            for (Resource r : Arrays.stream(semua).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                try (InputStream in = r.getInputStream()) {
                    hasil.add(new BerkasSop(r.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return hasil;
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas SOP bawaan tidak terbaca", e);
        }
    }
}
