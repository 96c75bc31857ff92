package id.pelita.kalender.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A day off.
 *
 * @param kecamatanKode the kecamatan it applies to, or null for a national entry (applies everywhere)
 */
record Libur(UUID id, LocalDate tanggal, String nama, JenisLibur jenis, String kecamatanKode) {

    boolean nasional() {
        return kecamatanKode == null;
    }
}
