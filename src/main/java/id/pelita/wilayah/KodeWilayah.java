package id.pelita.wilayah;

import java.util.regex.Pattern;

/** Rules of Kemendagri region codes that need no database. */
public final class KodeWilayah {

    private static final Pattern BENTUK = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    private KodeWilayah() {
    }

    public static boolean sah(String kode) {
        return kode != null && BENTUK.matcher(kode).matches();
    }

    /** True when {@code kode} is the region {@code cakupan} itself or lies below it. */
    public static boolean termasuk(String kode, String cakupan) {
        if (kode == null || cakupan == null) {
            return false;
        }
        return kode.equals(cakupan) || kode.startsWith(cakupan + ".");
    }

    /**
     * True for a kelurahan (urban village): in Kemendagri village codes the fourth part starts with 1 for a
     * kelurahan and 2 for a desa (3 for the desa adat of some regions).
     */
    public static boolean kelurahan(String kode) {
        return sah(kode) && kode.length() == 13 && kode.charAt(9) == '1';
    }
}
