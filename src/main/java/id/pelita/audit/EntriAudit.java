package id.pelita.audit;

import java.time.Instant;

/** One line of the audit trail. */
public record EntriAudit(long id, Instant waktu, String pelaku, AksiAudit aksi, String jenisData, String dataId,
                         String wilayahKode, String keterangan, String alamatIp) {
}
