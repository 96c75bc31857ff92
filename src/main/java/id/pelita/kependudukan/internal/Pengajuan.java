package id.pelita.kependudukan.internal;

import java.time.OffsetDateTime;

/** A village's submission of population changes (TAJUK RETEH); {@code berkasNomor} is its SOP case, if any. */
record Pengajuan(long id, String desaKode, StatusPengajuan status, String berkasNomor, int putaran,
                 String alasanKembali, String dibuatOleh, OffsetDateTime dibuatPada, String diajukanOleh,
                 OffsetDateTime diajukanPada, String diperiksaOleh, OffsetDateTime diperiksaPada) {
}
