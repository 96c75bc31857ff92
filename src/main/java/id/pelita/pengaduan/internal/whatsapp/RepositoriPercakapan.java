package id.pelita.pengaduan.internal.whatsapp;

import id.pelita.pengaduan.internal.Kategori;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Conversation state per phone number. {@link #kunci} locks the row for the caller's transaction, so the
 * messages of one phone are handled one after another even by several workers or instances.
 */
@Repository
class RepositoriPercakapan {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    RepositoriPercakapan(JdbcClient jdbc, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(tm);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Must run inside a transaction: creates the row if needed, then locks and reads it. */
    Keadaan kunci(String telepon, Instant kini) {
        var ada = baca(telepon);
        if (ada == null) {
            try {
                // In a savepoint: when another worker created the row first, only the savepoint rolls back.
                savepoint.executeWithoutResult(s -> jdbc.sql(
                                "insert into pengaduan_wa_percakapan (telepon, tahap, diperbarui) values (?, ?, ?)")
                        .params(telepon, Tahap.BARU.name(), waktu(kini)).update());
            } catch (DuplicateKeyException e) {
                // created meanwhile; locked below
            }
            ada = baca(telepon);
        }
        return ada;
    }

    private Keadaan baca(String telepon) {
        return jdbc.sql("select * from pengaduan_wa_percakapan where telepon = ? for update").param(telepon)
                .query((rs, i) -> {
                    Keadaan k = new Keadaan(telepon);
                    k.tahap = Tahap.valueOf(rs.getString("tahap"));
                    String kat = rs.getString("kategori");
                    k.kategori = kat == null ? null : Kategori.valueOf(kat);
                    k.desaKode = rs.getString("desa_kode");
                    String calon = rs.getString("calon_desa");
                    k.calonDesa = calon == null || calon.isBlank() ? new ArrayList<>()
                            : new ArrayList<>(Arrays.asList(calon.split(",")));
                    k.uraian = rs.getString("uraian");
                    k.fotoMediaId = rs.getString("foto_media_id");
                    k.lintang = (Double) rs.getObject("lintang", Double.class);
                    k.bujur = (Double) rs.getObject("bujur", Double.class);
                    k.namaProfil = rs.getString("nama_profil");
                    k.diperbarui = rs.getObject("diperbarui", OffsetDateTime.class).toInstant();
                    return k;
                }).optional().orElse(null);
    }

    void simpan(Keadaan k, Instant kini) {
        jdbc.sql("update pengaduan_wa_percakapan set tahap = ?, kategori = ?, desa_kode = ?, calon_desa = ?, "
                        + "uraian = ?, foto_media_id = ?, lintang = ?, bujur = ?, nama_profil = ?, diperbarui = ? "
                        + "where telepon = ?")
                .params(k.tahap.name(), k.kategori == null ? null : k.kategori.name(), k.desaKode,
                        String.join(",", k.calonDesa), k.uraian, k.fotoMediaId, k.lintang, k.bujur, k.namaProfil,
                        waktu(kini), k.telepon)
                .update();
        k.diperbarui = kini;
    }

    private static OffsetDateTime waktu(Instant i) {
        return i.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
