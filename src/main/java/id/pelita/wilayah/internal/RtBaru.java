package id.pelita.wilayah.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request body of a new RT. rw and rt are 1–3 digits, not all zero; they are stored as 3 digits ("001"). */
record RtBaru(
        @NotNull(message = "wajib diisi") @Pattern(regexp = ANGKA, message = "harus 1–3 angka, bukan 0") String rw,
        @NotNull(message = "wajib diisi") @Pattern(regexp = ANGKA, message = "harus 1–3 angka, bukan 0") String rt,
        @Size(max = 120, message = "paling banyak 120 karakter") String namaKetua) {

    static final String ANGKA = "(?!0+$)\\d{1,3}";

    String rwNormal() {
        return tigaAngka(rw);
    }

    String rtNormal() {
        return tigaAngka(rt);
    }

    /** Blank means no name recorded. */
    String namaKetuaNormal() {
        return namaKetua == null || namaKetua.isBlank() ? null : namaKetua.strip();
    }

    private static String tigaAngka(String angka) {
        return String.format("%03d", Integer.parseInt(angka));
    }
}
