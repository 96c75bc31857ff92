package id.pelita.pengaduan.internal.whatsapp;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** One row per WhatsApp message id; the unique constraint turns a re-delivery into a no-op. */
@Repository
class RepositoriPesan {

    record Tertunda(String pesanId, long kirimanId) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    RepositoriPesan(JdbcClient jdbc, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(tm);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** False when the message id is already known (a re-delivery): then it is not handled again. */
    boolean catatBaru(PesanMasuk p, long kirimanId) {
        try {
            savepoint.executeWithoutResult(s -> jdbc.sql("insert into pengaduan_wa_pesan "
                            + "(pesan_id, kiriman_id, telepon, jenis, waktu, status) values (?, ?, ?, ?, ?, 'BARU')")
                    .params(KotakMasukWhatsApp.potong(p.id(), 200), kirimanId, KotakMasukWhatsApp.potong(p.dari(), 30),
                            KotakMasukWhatsApp.potong(p.jenis(), 30),
                            p.waktu().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                    .update());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The oldest message of a phone still waiting, in the order the citizen sent them. */
    Optional<Tertunda> berikutnya(String telepon) {
        return jdbc.sql("select pesan_id, kiriman_id from pengaduan_wa_pesan where telepon = ? and status = 'BARU' "
                        + "order by waktu, id fetch first 1 rows only")
                .param(telepon).query((rs, i) -> new Tertunda(rs.getString(1), rs.getLong(2))).optional();
    }

    void tandai(String pesanId, String status) {
        jdbc.sql("update pengaduan_wa_pesan set status = ? where pesan_id = ?").params(status, pesanId).update();
    }

    /** Phones with messages left waiting since before {@code sebelum} (a worker failed): for the sweeper. */
    List<String> teleponTertunda(Instant sebelum) {
        return jdbc.sql("select distinct telepon from pengaduan_wa_pesan where status = 'BARU' and waktu < ?")
                .param(sebelum.atOffset(ZoneOffset.UTC)).query(String.class).list();
    }
}
