package id.pelita.kependudukan.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The SIAK code lists (agama = religion, pendidikan = education as on the KK, pekerjaan = occupation,
 * status kawin = marital status, SHDK = relationship to the family head, golongan darah = blood type, status
 * rekam KTP-el = e-KTP recording state, kewarganegaraan = citizenship) from {@code kependudukan/kode-siak.properties}.
 */
public final class KodeSiak {

    public static final String AGAMA = "agama";
    public static final String PENDIDIKAN = "pendidikan";
    public static final String PEKERJAAN = "pekerjaan";
    public static final String STATUS_KAWIN = "statusKawin";
    public static final String SHDK = "shdk";
    public static final String GOLONGAN_DARAH = "golonganDarah";
    public static final String STATUS_REKAM_KTP = "statusRekamKtp";
    public static final String KEWARGANEGARAAN = "kewarganegaraan";

    /** SHDK code of the family head. */
    public static final int KEPALA_KELUARGA = 1;

    private static final Map<String, Map<Integer, String>> DAFTAR = muat();

    /** For templates, which cannot call static methods: {@code ${kode.label('agama', p.agama)}}. */
    public static final KodeSiak UNTUK_TAMPILAN = new KodeSiak();

    private KodeSiak() {
    }

    public Map<Integer, String> pilihan(String jenis) {
        return daftar(jenis);
    }

    public String nama(String jenis, Integer kode) {
        return label(jenis, kode);
    }

    /** All codes of a list in code order, for select boxes. */
    public static Map<Integer, String> daftar(String jenis) {
        return DAFTAR.getOrDefault(jenis, Map.of());
    }

    public static boolean sah(String jenis, Integer kode) {
        return kode != null && daftar(jenis).containsKey(kode);
    }

    public static String label(String jenis, Integer kode) {
        return kode == null ? "" : daftar(jenis).getOrDefault(kode, String.valueOf(kode));
    }

    private static Map<String, Map<Integer, String>> muat() {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(KodeSiak.class.getResourceAsStream("/kependudukan/kode-siak.properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("kependudukan/kode-siak.properties tidak terbaca", e);
        }
        Map<String, Map<Integer, String>> hasil = new TreeMap<>();
        for (String kunci : p.stringPropertyNames()) {
            int titik = kunci.lastIndexOf('.');
            hasil.computeIfAbsent(kunci.substring(0, titik), k -> new TreeMap<>())
                    .put(Integer.parseInt(kunci.substring(titik + 1)), p.getProperty(kunci));
        }
        hasil.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return Collections.unmodifiableMap(hasil);
    }
}
