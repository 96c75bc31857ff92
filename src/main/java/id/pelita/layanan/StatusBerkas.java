package id.pelita.layanan;

import java.time.Instant;
import java.util.List;

/**
 * A case as other modules may show it.
 *
 * @param status {@code BERJALAN}, {@code SELESAI} or {@code BATAL}
 */
public record StatusBerkas(String nomor, String sopKode, String status, List<Langkah> langkah) {

    public boolean selesai() {
        return "SELESAI".equals(status);
    }

    /** The step now waiting (the last one not done), if any. */
    public java.util.Optional<Langkah> langkahAktif() {
        return langkah.stream().filter(l -> l.selesai() == null).reduce((a, b) -> b);
    }

    /** One step as it ran (a step sent back runs again and appears twice). */
    public record Langkah(int no, String kegiatan, String peran, Instant mulai, Instant tenggat, Instant selesai,
                         String oleh, boolean terlambat, String output, String catatan) {
    }
}
