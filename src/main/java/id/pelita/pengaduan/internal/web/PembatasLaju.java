package id.pelita.pengaduan.internal.web;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Fixed-window rate limits counted in the database ({@code pengaduan_batas}), so every instance behind a load
 * balancer sees the same counts. Runs outside any transaction: each statement commits on its own, and the
 * row-level update makes concurrent increments safe.
 */
@Component
class PembatasLaju {

    private final JdbcClient jdbc;
    private final Clock jam;

    PembatasLaju(JdbcClient jdbc, Clock jam) {
        this.jdbc = jdbc;
        this.jam = jam;
    }

    /** Counts one more use of {@code kunci}; false when that use goes over {@code batas} in the window. */
    boolean izinkan(String kunci, int batas, Duration jendela) {
        catat(kunci, jendela);
        return jumlah(kunci, jendela) <= batas;
    }

    /** True when {@code kunci} has already used up {@code batas} in the current window (counts nothing). */
    boolean habis(String kunci, int batas, Duration jendela) {
        return jumlah(kunci, jendela) >= batas;
    }

    void catat(String kunci, Duration jendela) {
        OffsetDateTime akhir = akhirJendela(jendela);
        if (tambah(kunci, akhir) == 0) {
            try {
                jdbc.sql("insert into pengaduan_batas (kunci, jendela_akhir, jumlah) values (?, ?, 1)")
                        .params(kunci, akhir).update();
                // A new window started: forget windows that are over.
                jdbc.sql("delete from pengaduan_batas where jendela_akhir < ?").param(jam.instant().atOffset(ZoneOffset.UTC)).update();
            } catch (DuplicateKeyException e) {
                tambah(kunci, akhir); // another instance inserted it first
            }
        }
    }

    private int tambah(String kunci, OffsetDateTime akhir) {
        return jdbc.sql("update pengaduan_batas set jumlah = jumlah + 1 where kunci = ? and jendela_akhir = ?")
                .params(kunci, akhir).update();
    }

    private int jumlah(String kunci, Duration jendela) {
        return jdbc.sql("select jumlah from pengaduan_batas where kunci = ? and jendela_akhir = ?")
                .params(kunci, akhirJendela(jendela)).query(Integer.class).optional().orElse(0);
    }

    /** Windows are aligned to the epoch, so all instances agree on where one ends. */
    private OffsetDateTime akhirJendela(Duration jendela) {
        long ms = jendela.toMillis();
        long kini = jam.millis();
        return Instant.ofEpochMilli((kini / ms + 1) * ms).atOffset(ZoneOffset.UTC);
    }
}
