package id.pelita.kependudukan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rules of a NIK (Nomor Induk Kependudukan), without a database: 16 digits = the 6-digit region code of
 * the kecamatan where it was issued (province, kabupaten, kecamatan: 2 digits each), the date of birth as
 * DDMMYY with 40 added to the day for women, and a 4-digit serial that is never 0000.
 * <p>
 * A malformed NIK is rejected ({@link Galat}). A well-formed NIK whose date or sex disagrees with the record,
 * or whose region code is unknown (old codes from before a region was split), is accepted with warnings
 * ({@link Peringatan}): the civil registry's number is authoritative even when it looks odd.
 */
public final class AturanNik {

    /** Why a NIK is rejected; message key {@code nik.galat.<NAME>}. */
    public enum Galat {
        KOSONG, PANJANG, BUKAN_ANGKA, TANGGAL, NOMOR_URUT;

        public String kunciPesan() {
            return "nik.galat." + name();
        }
    }

    /** What the operator should double-check; message key {@code nik.peringatan.<NAME>}. */
    public enum Peringatan {
        TANGGAL_LAHIR_BERBEDA, JENIS_KELAMIN_BERBEDA, WILAYAH_TIDAK_DIKENAL;

        public String kunciPesan() {
            return "nik.peringatan." + name();
        }
    }

    /**
     * @param galat null when the NIK is acceptable
     * @param kodeWilayah the implied kecamatan code, e.g. {@code 14.04.01} (null when rejected)
     */
    public record Hasil(String nik, Galat galat, List<Peringatan> peringatan, String kodeWilayah,
                        JenisKelamin jenisKelamin, int hari, int bulan, int tahunDuaAngka) {
        public boolean sah() {
            return galat == null;
        }
    }

    private AturanNik() {
    }

    /**
     * Checks a NIK against the record it belongs to.
     *
     * @param tanggalLahir date of birth on the record (null: not compared)
     * @param jenisKelamin sex on the record (null: not compared)
     * @param wilayahDikenal whether a kecamatan code (e.g. {@code 14.04.01}) is a current region
     */
    public static Hasil periksa(String nik, LocalDate tanggalLahir, JenisKelamin jenisKelamin,
                                Predicate<String> wilayahDikenal) {
        if (nik == null || nik.isBlank()) {
            return tolak(nik, Galat.KOSONG);
        }
        String n = nik.strip();
        if (!n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return tolak(n, Galat.BUKAN_ANGKA);
        }
        if (n.length() != 16) {
            return tolak(n, Galat.PANJANG);
        }
        int hariNik = Integer.parseInt(n.substring(6, 8));
        int bulan = Integer.parseInt(n.substring(8, 10));
        int yy = Integer.parseInt(n.substring(10, 12));
        JenisKelamin kelamin = hariNik > 40 ? JenisKelamin.P : JenisKelamin.L;
        int hari = hariNik > 40 ? hariNik - 40 : hariNik;
        if (!tanggalMungkin(hari, bulan, yy)) {
            return tolak(n, Galat.TANGGAL);
        }
        if (n.endsWith("0000")) {
            return tolak(n, Galat.NOMOR_URUT);
        }
        String kode = n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6);
        List<Peringatan> peringatan = new ArrayList<>();
        if (tanggalLahir != null && (tanggalLahir.getDayOfMonth() != hari || tanggalLahir.getMonthValue() != bulan
                || tanggalLahir.getYear() % 100 != yy)) {
            peringatan.add(Peringatan.TANGGAL_LAHIR_BERBEDA);
        }
        if (jenisKelamin != null && jenisKelamin != kelamin) {
            peringatan.add(Peringatan.JENIS_KELAMIN_BERBEDA);
        }
        if (wilayahDikenal != null && !wilayahDikenal.test(kode)) {
            peringatan.add(Peringatan.WILAYAH_TIDAK_DIKENAL);
        }
        return new Hasil(n, null, List.copyOf(peringatan), kode, kelamin, hari, bulan, yy);
    }

    /** Shows the first four and last two digits: {@code 1404**********01}. */
    public static String samarkan(String nomor) {
        if (nomor == null || nomor.length() < 8) {
            return "****";
        }
        return nomor.substring(0, 4) + "*".repeat(nomor.length() - 6) + nomor.substring(nomor.length() - 2);
    }

    /** A date exists in 19YY or 20YY (29 February only exists in leap years; 1900 was not one). */
    private static boolean tanggalMungkin(int hari, int bulan, int yy) {
        return ada(2000 + yy, bulan, hari) || ada(1900 + yy, bulan, hari);
    }

    private static boolean ada(int tahun, int bulan, int hari) {
        try {
            LocalDate.of(tahun, bulan, hari);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Hasil tolak(String nik, Galat galat) {
        return new Hasil(nik, galat, List.of(), null, null, 0, 0, 0);
    }
}
