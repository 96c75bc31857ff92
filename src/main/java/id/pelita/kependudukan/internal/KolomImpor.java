package id.pelita.kependudukan.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns an import understands and the three header layouts it recognises: Pelita's own template, OpenSID's
 * population import template ({@code format_impor}: alamat, dusun, rw, rt, nama, no_kk, nik, sex, tempatlahir,
 * tanggallahir, agama_id, pendidikan_kk_id, pekerjaan_id, status_kawin, kk_level, warganegara_id,
 * golongan_darah_id, cacat_id, status_rekam, status_dasar, ...) and SIAK's data export (NIK, NO_KK, NAMA_LGKP,
 * JENIS_KLMIN, TMPT_LHR, TGL_LHR, AGAMA, PDDK_AKH, JENIS_PKRJN, STAT_KWN, STAT_HBKEL, GOL_DRH, PNYDNG_CCT,
 * ALAMAT, NO_RT, NO_RW, NO_PROP, NO_KAB, NO_KEC, NO_KEL). Header names are compared in lower case with spaces,
 * dots and dashes as underscores; unknown columns are ignored.
 */
enum KolomImpor {
    NIK, NO_KK, NAMA, JENIS_KELAMIN, TEMPAT_LAHIR, TANGGAL_LAHIR, AGAMA, PENDIDIKAN, PEKERJAAN, STATUS_KAWIN, SHDK,
    GOLONGAN_DARAH, DISABILITAS, STATUS_REKAM_KTP, KEWARGANEGARAAN, TELEPON, ALAMAT, RT, RW, DESA_KODE, NO_PROP,
    NO_KAB, NO_KEC, NO_KEL, STATUS_DASAR, SEBAB, TANGGAL_DATANG;

    /** Columns without which no row can be read. */
    static final List<KolomImpor> WAJIB = List.of(NIK, NO_KK, NAMA, JENIS_KELAMIN, TEMPAT_LAHIR, TANGGAL_LAHIR, SHDK);

    /** Pelita's own template, in order (also the export's columns). */
    static final List<KolomImpor> TEMPLAT = List.of(NIK, NO_KK, NAMA, JENIS_KELAMIN, TEMPAT_LAHIR, TANGGAL_LAHIR, SHDK,
            AGAMA, PENDIDIKAN, PEKERJAAN, STATUS_KAWIN, GOLONGAN_DARAH, DISABILITAS, STATUS_REKAM_KTP, KEWARGANEGARAAN,
            TELEPON, ALAMAT, RT, RW, DESA_KODE, SEBAB, TANGGAL_DATANG);

    enum Format {
        PELITA, OPENSID, SIAK
    }

    /** Column name in Pelita's template. */
    String namaTemplat() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static final Map<Format, Map<String, KolomImpor>> ALIAS = new EnumMap<>(Format.class);

    static {
        Map<String, KolomImpor> pelita = new LinkedHashMap<>();
        for (KolomImpor k : values()) {
            pelita.put(k.namaTemplat(), k);
        }
        ALIAS.put(Format.PELITA, pelita);
        Map<String, KolomImpor> opensid = new LinkedHashMap<>();
        opensid.put("nik", NIK);
        opensid.put("no_kk", NO_KK);
        opensid.put("nama", NAMA);
        opensid.put("sex", JENIS_KELAMIN);
        opensid.put("tempatlahir", TEMPAT_LAHIR);
        opensid.put("tanggallahir", TANGGAL_LAHIR);
        opensid.put("agama_id", AGAMA);
        opensid.put("pendidikan_kk_id", PENDIDIKAN);
        opensid.put("pekerjaan_id", PEKERJAAN);
        opensid.put("status_kawin", STATUS_KAWIN);
        opensid.put("kk_level", SHDK);
        opensid.put("golongan_darah_id", GOLONGAN_DARAH);
        opensid.put("cacat_id", DISABILITAS);
        opensid.put("status_rekam", STATUS_REKAM_KTP);
        opensid.put("warganegara_id", KEWARGANEGARAAN);
        opensid.put("telepon", TELEPON);
        opensid.put("alamat", ALAMAT);
        opensid.put("rt", RT);
        opensid.put("rw", RW);
        opensid.put("status_dasar", STATUS_DASAR);
        ALIAS.put(Format.OPENSID, opensid);
        Map<String, KolomImpor> siak = new LinkedHashMap<>();
        siak.put("nik", NIK);
        siak.put("no_kk", NO_KK);
        siak.put("nama_lgkp", NAMA);
        siak.put("jenis_klmin", JENIS_KELAMIN);
        siak.put("tmpt_lhr", TEMPAT_LAHIR);
        siak.put("tgl_lhr", TANGGAL_LAHIR);
        siak.put("agama", AGAMA);
        siak.put("pddk_akh", PENDIDIKAN);
        siak.put("jenis_pkrjn", PEKERJAAN);
        siak.put("stat_kwn", STATUS_KAWIN);
        siak.put("stat_hbkel", SHDK);
        siak.put("gol_drh", GOLONGAN_DARAH);
        siak.put("pnydng_cct", DISABILITAS);
        siak.put("alamat", ALAMAT);
        siak.put("no_rt", RT);
        siak.put("no_rw", RW);
        siak.put("no_prop", NO_PROP);
        siak.put("no_kab", NO_KAB);
        siak.put("no_kec", NO_KEC);
        siak.put("no_kel", NO_KEL);
        siak.put("telp", TELEPON);
        ALIAS.put(Format.SIAK, siak);
    }

    /** A header understood: its layout and which file column (0-based) holds each of our columns. */
    record Peta(Format format, Map<KolomImpor, Integer> posisi, List<String> judul) {
        String namaKolom(KolomImpor k) {
            Integer i = posisi.get(k);
            return i == null ? k.namaTemplat() : judul.get(i);
        }
    }

    static String normal(String judul) {
        String s = judul == null ? "" : judul.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        return s.replaceAll("[\\s.\\-]+", "_").replaceAll("^_+|_+$", "");
    }

    /** Recognises the layout (the one naming most of its required columns) or throws with what is missing. */
    static Peta kenali(List<String> judul) {
        List<String> normal = judul.stream().map(KolomImpor::normal).toList();
        Peta terbaik = null;
        int skorTerbaik = -1;
        for (Format f : Format.values()) {
            Map<KolomImpor, Integer> posisi = new EnumMap<>(KolomImpor.class);
            Map<String, KolomImpor> alias = ALIAS.get(f);
            for (int i = 0; i < normal.size(); i++) {
                KolomImpor k = alias.get(normal.get(i));
                if (k != null) {
                    posisi.putIfAbsent(k, i);
                }
            }
            int skor = (int) WAJIB.stream().filter(posisi::containsKey).count() * 100 + posisi.size();
            if (skor > skorTerbaik) {
                skorTerbaik = skor;
                terbaik = new Peta(f, posisi, judul);
            }
        }
        Peta peta = terbaik;
        List<String> kurang = WAJIB.stream().filter(k -> !peta.posisi().containsKey(k))
                .map(k -> namaDalam(peta.format(), k)).toList();
        if (!kurang.isEmpty()) {
            throw new BerkasDitolak("impor.judul.kurang", String.join(", ", kurang));
        }
        return peta;
    }

    /** The name a layout gives one of our columns (for messages). */
    static String namaDalam(Format f, KolomImpor k) {
        return ALIAS.get(f).entrySet().stream().filter(e -> e.getValue() == k).map(Map.Entry::getKey).findFirst()
                .map(s -> f == Format.SIAK ? s.toUpperCase(Locale.ROOT) : s).orElse(k.namaTemplat());
    }
}
