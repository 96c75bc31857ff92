package id.pelita.kependudukan.internal;

import id.pelita.kependudukan.JenisKelamin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the values of an import file into our codes: a SIAK code number, or its label as SIAK, OpenSID or
 * people write it ("KAWIN", "Tidak/Blm Sekolah", "PEGAWAI NEGERI SIPIL", "LK"). Labels are compared in upper
 * case without spaces and punctuation (blood types keep + and -).
 */
final class KodeImpor {

    private static final Map<String, Map<String, Integer>> LABEL = new HashMap<>();

    static {
        for (String jenis : List.of(KodeSiak.AGAMA, KodeSiak.PENDIDIKAN, KodeSiak.PEKERJAAN, KodeSiak.STATUS_KAWIN,
                KodeSiak.SHDK, KodeSiak.GOLONGAN_DARAH, KodeSiak.STATUS_REKAM_KTP, KodeSiak.KEWARGANEGARAAN)) {
            Map<String, Integer> m = new HashMap<>();
            KodeSiak.daftar(jenis).forEach((kode, label) -> {
                m.put(normal(jenis, label), kode);
                m.put(normal(jenis, label.replaceAll("\\(.*?\\)", "")), kode);
            });
            LABEL.put(jenis, m);
        }
        alias(KodeSiak.AGAMA, 6, "KONGHUCU", "KHONGHUCU");
        alias(KodeSiak.AGAMA, 5, "BUDHA");
        alias(KodeSiak.AGAMA, 7, "KEPERCAYAAN", "KEPERCAYAANTERHADAPTUHANYANGMAHAESA");
        alias(KodeSiak.AGAMA, 3, "KATHOLIK");
        alias(KodeSiak.PENDIDIKAN, 1, "TIDAKBLMSEKOLAH", "BELUMTIDAKSEKOLAH");
        alias(KodeSiak.PENDIDIKAN, 2, "TIDAKTAMATSDSEDERAJAT", "BELUMTAMATSD");
        alias(KodeSiak.PENDIDIKAN, 7, "AKADEMIDIPLOMAIIISMUDA", "DIPLOMAIII");
        alias(KodeSiak.PENDIDIKAN, 8, "DIPLOMAIVSTRATAI", "STRATAI", "S1");
        alias(KodeSiak.PENDIDIKAN, 9, "S2");
        alias(KodeSiak.PENDIDIKAN, 10, "S3");
        alias(KodeSiak.PEKERJAAN, 5, "PNS", "PEGAWAINEGERISIPIL");
        alias(KodeSiak.PEKERJAAN, 6, "TNI");
        alias(KodeSiak.PEKERJAAN, 7, "POLRI", "KEPOLISIANRI");
        alias(KodeSiak.STATUS_KAWIN, 1, "BK");
        alias(KodeSiak.STATUS_KAWIN, 2, "K", "KAWINTERCATAT", "KAWINBELUMTERCATAT");
        alias(KodeSiak.STATUS_KAWIN, 3, "CH");
        alias(KodeSiak.STATUS_KAWIN, 4, "CM");
        alias(KodeSiak.SHDK, 1, "KK", "KEPALA");
        alias(KodeSiak.SHDK, 3, "ISTERI");
        alias(KodeSiak.GOLONGAN_DARAH, 13, "TIDAKTAHU", "TDKTAHU", "TIDAKDIKETAHUI");
        alias(KodeSiak.KEWARGANEGARAAN, 3, "DWIKEWARGANEGARAAN");
    }

    private KodeImpor() {
    }

    private static void alias(String jenis, int kode, String... nama) {
        for (String n : nama) {
            LABEL.get(jenis).put(n, kode);
        }
    }

    private static String normal(String jenis, String s) {
        String u = s.toUpperCase(Locale.ROOT);
        return KodeSiak.GOLONGAN_DARAH.equals(jenis) ? u.replaceAll("[^A-Z0-9+\\-]", "") : u.replaceAll("[^A-Z0-9]", "");
    }

    /** A code of the list, or null when the value is neither a code nor a known label. */
    static Integer kode(String jenis, String nilai) {
        String s = nilai.strip();
        if (s.matches("\\d{1,3}")) {
            int k = Integer.parseInt(s);
            return KodeSiak.sah(jenis, k) ? k : null;
        }
        return LABEL.get(jenis).get(normal(jenis, s));
    }

    static JenisKelamin kelamin(String nilai) {
        return switch (nilai.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "")) {
            case "L", "LK", "LAKILAKI", "PRIA", "1" -> JenisKelamin.L;
            case "P", "PR", "PEREMPUAN", "WANITA", "2" -> JenisKelamin.P;
            default -> null;
        };
    }

    /** Disability from our names or from the SIAK/OpenSID codes and labels (1 fisik … 7 tidak cacat). */
    static Hasil<Disabilitas> disabilitas(String nilai) {
        String s = nilai.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return switch (s) {
            case "", "7", "TIDAK", "TIDAKADA", "TIDAKCACAT" -> new Hasil<>(null, true);
            case "1", "FISIK", "CACATFISIK" -> new Hasil<>(Disabilitas.FISIK, true);
            case "2", "3", "SENSORIK", "CACATNETRABUTA", "CACATRUNGUWICARA" -> new Hasil<>(Disabilitas.SENSORIK, true);
            case "4", "MENTAL", "CACATMENTALJIWA", "ODGJ" -> new Hasil<>(Disabilitas.MENTAL, true);
            case "5", "CACATFISIKDANMENTAL" -> new Hasil<>(Disabilitas.MENTAL, true);
            case "INTELEKTUAL" -> new Hasil<>(Disabilitas.INTELEKTUAL, true);
            case "6", "CACATLAINNYA" -> new Hasil<>(Disabilitas.FISIK, true);
            default -> new Hasil<>(null, false);
        };
    }

    record Hasil<T>(T nilai, boolean dikenal) {
    }

    private static final List<DateTimeFormatter> FORMAT_TANGGAL = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("uuuu/M/d"));

    /** yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy or yyyy/mm/dd (a time part is ignored); null if none fits. */
    static LocalDate tanggal(String nilai) {
        String s = nilai.strip();
        int spasi = s.indexOf(' ');
        if (spasi > 0) {
            s = s.substring(0, spasi);
        }
        int t = s.indexOf('T');
        if (t > 0) {
            s = s.substring(0, t);
        }
        for (DateTimeFormatter f : FORMAT_TANGGAL) {
            try {
                return LocalDate.parse(s, f.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return null;
    }
}
