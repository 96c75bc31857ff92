package id.pelita.audit;

import java.util.List;

/**
 * The one way modules write to and read from the audit trail. The actor is the signed-in user (or
 * "anonim"/"sistem"); the client address is taken from the current request when there is one.
 */
public interface AuditLog {

    /** Records an action of the signed-in user on a record ({@code jenisData} + {@code dataId}). */
    void catat(AksiAudit aksi, String jenisData, String dataId, String wilayahKode, String keterangan);

    /**
     * Several entries of the signed-in user about records of one kind at once (a bulk import): {@code keterangan}
     * maps each data id to its description, in the map's order. Same rows as calling {@link #catat} for each,
     * written in one batch.
     */
    default void catatBanyak(AksiAudit aksi, String jenisData, String wilayahKode,
                             java.util.Map<String, String> keterangan) {
        keterangan.forEach((id, k) -> catat(aksi, jenisData, id, wilayahKode, k));
    }

    /** Records an action of the system itself (start-up, scheduled jobs, lock-out). */
    void catatSistem(AksiAudit aksi, String jenisData, String dataId, String wilayahKode, String keterangan);

    /** Entries about one record, newest first: what the person concerned may see about their data. */
    List<EntriAudit> tentang(String jenisData, String dataId, int batas);
}
