package id.pelita.kependudukan.internal;

import java.time.OffsetDateTime;

/** One change inside a submission, as the operator made it; {@code uraian} never holds a NIK or KK number. */
record Perubahan(long id, long pengajuanId, JenisPerubahan jenis, Long pendudukId, Long keluargaId, Long mutasiId,
                 String uraian, String dicatatOleh, OffsetDateTime dicatatPada) {
}
