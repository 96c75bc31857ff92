package id.pelita.pengaduan.internal.web;

/** Phone numbers as citizens type them ("0812-3456-7890", "+62 812…") in the stored form 6281234567890. */
final class NomorTelepon {

    private NomorTelepon() {
    }

    /** Null for an empty entry; anything else is returned normalised or as typed, for the door to judge. */
    static String normal(String diketik) {
        if (diketik == null || diketik.isBlank()) {
            return null;
        }
        String s = diketik.strip();
        String angka = s.replaceAll("[\\s().-]", "");
        if (angka.startsWith("+")) {
            angka = angka.substring(1);
        }
        if (!angka.matches("[0-9]+")) {
            return s;
        }
        return angka.startsWith("0") ? "62" + angka.substring(1) : angka;
    }

    /** The last four digits, which the reporter gives to rate or reopen their complaint. */
    static String empatTerakhir(String telepon) {
        return telepon == null || telepon.length() < 4 ? null : telepon.substring(telepon.length() - 4);
    }
}
