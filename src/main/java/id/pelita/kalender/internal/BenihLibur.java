package id.pelita.kalender.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import id.pelita.inti.PemuatAwal;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped national holidays ({@code kalender/libur-nasional.csv}) at start. Each line is loaded once
 * (remembered in {@code kalender_benih}), so a seeded holiday a user deleted or changed stays so, and a line
 * added in a later release is picked up. Instances starting together: the one that marks a line first wins.
 */
@Component
@Order(25)
class BenihLibur implements PemuatAwal {

    static final String SUMBER = "kalender/libur-nasional.csv";
    private static final Logger log = LoggerFactory.getLogger(BenihLibur.class);

    record Baris(LocalDate tanggal, JenisLibur jenis, String nama) {
        String kunci() {
            return "libur-nasional/" + tanggal + "/" + jenis;
        }
    }

    private final RepositoriKalender repo;
    private final TransactionTemplate tx;
    private final KalenderKerjaJdbc kalender;

    BenihLibur(RepositoriKalender repo, TransactionTemplate tx, KalenderKerjaJdbc kalender) {
        this.repo = repo;
        this.tx = tx;
        this.kalender = kalender;
    }

    @Override
    public void muat() {
        int dimuat = 0;
        for (Baris b : baca()) {
            if (repo.benihSudahDimuat(b.kunci())) {
                continue;
            }
            try {
                // One transaction per line: on PostgreSQL a unique violation spoils the whole transaction.
                tx.executeWithoutResult(s -> {
                    repo.tandaiBenih(b.kunci());
                    repo.simpan(new Libur(UUID.randomUUID(), b.tanggal(), b.nama(), b.jenis(), null), "sistem");
                });
                dimuat++;
            } catch (DataIntegrityViolationException e) {
                log.debug("Libur {} sudah dimuat instance lain", b.kunci());
            }
        }
        if (dimuat > 0) {
            kalender.segarkan();
            log.info("{} hari libur nasional/cuti bersama dimuat dari {}", dimuat, SUMBER);
        }
    }

    static List<Baris> baca() {
        List<Baris> hasil = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(new ClassPathResource(SUMBER).getInputStream(),
                StandardCharsets.UTF_8))) {
            String baris;
            while ((baris = in.readLine()) != null) {
                String t = baris.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] k = t.split(";", 3);
                hasil.add(new Baris(LocalDate.parse(k[0].strip()), JenisLibur.valueOf(k[1].strip()), k[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hasil;
    }
}
