package id.pelita.kependudukan.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One recorded population event of a resident. */
public record Mutasi(long id, long pendudukId, JenisMutasi jenis, LocalDate tanggalPeristiwa, String desaKode,
                     Long keluargaAsalId, Long keluargaTujuanId, String keterangan, String dicatatOleh,
                     OffsetDateTime dicatatPada) {
}
