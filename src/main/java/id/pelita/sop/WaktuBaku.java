package id.pelita.sop;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time standard (*waktu* in the Mutu Baku columns): a duration or a range such as "5 menit",
 * "1-2 jam" / "1–2 jam", "10 hari". The upper bound is the deadline.
 */
public record WaktuBaku(int min, int maks, SatuanWaktu satuan) {

    private static final Pattern BENTUK = Pattern.compile(
            "\\s*(\\d+)\\s*(?:[-–—]|s\\.?d\\.?|sampai)?\\s*(\\d+)?\\s*(menit|jam|hari)(?:\\s+kerja)?\\s*",
            Pattern.CASE_INSENSITIVE);

    public WaktuBaku {
        if (min <= 0 || maks < min) {
            throw new IllegalArgumentException("Waktu baku tidak sah: " + min + "-" + maks);
        }
    }

    /** Parses the document's wording; throws {@link IllegalArgumentException} with the text when it cannot. */
    public static WaktuBaku parse(String teks) {
        if (teks == null) {
            throw new IllegalArgumentException("Waktu baku kosong");
        }
        Matcher m = BENTUK.matcher(teks);
        if (!m.matches()) {
            throw new IllegalArgumentException("Waktu baku tidak dikenali: \"" + teks + "\" (contoh: 5 menit, 1-2 jam, 10 hari)");
        }
        int a = Integer.parseInt(m.group(1));
        int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
        return new WaktuBaku(a, b, SatuanWaktu.valueOf(m.group(3).toUpperCase(Locale.ROOT)));
    }

    /** As the document writes it, e.g. "1–2 jam". */
    public String teks() {
        String s = satuan.name().toLowerCase(Locale.ROOT);
        return min == maks ? min + " " + s : min + "–" + maks + " " + s;
    }
}
