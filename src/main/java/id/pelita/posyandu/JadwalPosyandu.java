package id.pelita.posyandu;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** The posyandu schedule as other modules (WhatsApp conversation) and the public page use it. */
public interface JadwalPosyandu {

    /**
     * The coming sessions of a village as a short Indonesian WhatsApp text; the village is found by its code
     * or name (case-insensitive, "desa"/"kelurahan" prefix ignored). Empty when no village matches.
     */
    Optional<String> untukDesa(String namaAtauKode);

    /** Coming (not cancelled) sessions of a village from {@code sejak}, by date. */
    List<Sesi> mendatang(String desaKode, LocalDate sejak);

    /** A scheduled session. */
    record Sesi(long jadwalId, long posyanduId, String posyandu, String desaKode, LocalDate tanggal,
                LocalTime jamMulai, LocalTime jamSelesai, String tempat, String keterangan) {
    }
}
