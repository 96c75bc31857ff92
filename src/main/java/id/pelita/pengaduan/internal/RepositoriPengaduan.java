package id.pelita.pengaduan.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The complaint records ({@code pengaduan}) and their tracking codes. */
@Repository
public class RepositoriPengaduan {

    /** No 0/O, 1/I/L: a code read aloud over the phone or copied by hand stays unambiguous. */
    static final String ABJAD = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int PANJANG = 6;
    private static final int PERCOBAAN = 10;

    record Baru(String kategori, String desaKode, String kecamatanKode, String uraian, String saluran, String telepon,
                String namaPelapor, String fotoMediaId, Double lintang, Double bujur, boolean anonim, String email,
                String dicatatOleh) {
    }

    public record Tersimpan(String kode, String kategori, String desaKode, String telepon, String status, Instant dibuatPada) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;
    private final SecureRandom acak = new SecureRandom();

    public RepositoriPengaduan(JdbcClient jdbc, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(tm);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Stores the complaint under a fresh code (a collision, about one in 900 million, just draws again). */
    String simpan(Baru p, Instant kini) {
        for (int i = 0; i < PERCOBAAN; i++) {
            String kode = kodeBaru();
            try {
                savepoint.executeWithoutResult(s -> jdbc.sql("insert into pengaduan (kode, kategori, desa_kode, "
                                + "kecamatan_kode, uraian, saluran, telepon, nama_pelapor, foto_media_id, lintang, bujur, "
                                + "status, dibuat_pada, anonim, email, dicatat_oleh) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(kode, p.kategori(), p.desaKode(), p.kecamatanKode(), p.uraian(), p.saluran(),
                                p.telepon(), p.namaPelapor(), p.fotoMediaId(), p.lintang(), p.bujur(), "DITERIMA",
                                kini.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), p.anonim(), p.email(),
                                p.dicatatOleh())
                        .update());
                return kode;
            } catch (DuplicateKeyException e) {
                // drawn before: draw again
            }
        }
        throw new IllegalStateException("Kode pengaduan unik tidak dapat dibuat");
    }

    public Optional<Tersimpan> cari(String kode) {
        return jdbc.sql("select kode, kategori, desa_kode, telepon, status, dibuat_pada from pengaduan where kode = ?")
                .param(kode)
                .query((rs, i) -> new Tersimpan(rs.getString("kode"), rs.getString("kategori"),
                        rs.getString("desa_kode"), rs.getString("telepon"), rs.getString("status"),
                        rs.getObject("dibuat_pada", OffsetDateTime.class).toInstant()))
                .optional();
    }

    public String kodeBaru() {
        StringBuilder b = new StringBuilder("PK-");
        for (int i = 0; i < PANJANG; i++) {
            b.append(ABJAD.charAt(acak.nextInt(ABJAD.length())));
        }
        return b.toString();
    }

    /** "pk 7f3k9q", "PK7F3K9Q" and "PK-7F3K9Q" all name the same complaint. */
    public static Optional<String> normalKode(String teks) {
        String t = teks.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (t.startsWith("PK")) {
            t = t.substring(2);
        }
        return t.length() == PANJANG ? Optional.of("PK-" + t) : Optional.empty();
    }
}
