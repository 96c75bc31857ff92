package id.pelita.pengaduan.internal.open311;

import id.pelita.pengaduan.internal.Kategori;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Open311 services: one per complaint category, service_code = the category's name. All are realtime (the
 * tracking code comes back at once). Only the fire report has a service definition: what was seen.
 */
enum Layanan311 {
    STUNTING(Kategori.STUNTING, "Dugaan stunting",
            "Laporkan dugaan anak stunting (tinggi badan jauh di bawah anak seusianya, berat badan tidak naik) agar "
                    + "kader posyandu dan puskesmas datang memeriksa. Data kesehatan anak dirahasiakan: laporan ini "
                    + "tidak pernah tampil di daftar publik, hanya statusnya yang dapat dilacak dengan kode pelacakan.",
            "stunting, gizi buruk, tengkes, balita, posyandu, kesehatan anak", "kesehatan", List.of()),
    KEBAKARAN(Kategori.KEBAKARAN, "Kebakaran, asap atau titik panas",
            "Laporkan kebakaran lahan, hutan atau bangunan, asap, atau titik panas. Lokasi (lat/long) wajib "
                    + "disertakan agar petugas dapat menemukannya.",
            "kebakaran, api, asap, titik panas, hotspot, karhutla, lahan gambut", "kebencanaan",
            List.of(new Atribut("jenis", "singlevaluelist", false, 1, "Apa yang terlihat?",
                    "Pilih satu: api, asap atau titik panas.",
                    List.of(new Nilai("API", "Api terlihat"), new Nilai("ASAP", "Asap"),
                            new Nilai("TITIK_PANAS", "Titik panas (hotspot)"))))),
    LAYANAN(Kategori.LAYANAN, "Pengaduan layanan kecamatan",
            "Pengaduan lain tentang layanan kantor kecamatan atau desa: administrasi kependudukan, perizinan, "
                    + "sikap petugas, waktu pelayanan, dan sebagainya.",
            "layanan, pelayanan publik, administrasi, KTP, KK, surat, perizinan, petugas", "pelayanan", List.of());

    record Nilai(String key, String name) {
    }

    record Atribut(String code, String datatype, boolean required, int order, String description,
                   String datatypeDescription, List<Nilai> values) {
    }

    final Kategori kategori;
    final String nama;
    final String uraian;
    final String kataKunci;
    final String kelompok;
    final List<Atribut> atribut;

    Layanan311(Kategori kategori, String nama, String uraian, String kataKunci, String kelompok, List<Atribut> atribut) {
        this.kategori = kategori;
        this.nama = nama;
        this.uraian = uraian;
        this.kataKunci = kataKunci;
        this.kelompok = kelompok;
        this.atribut = atribut;
    }

    static Optional<Layanan311> dari(String kode) {
        return Arrays.stream(values()).filter(l -> l.name().equals(kode)).findFirst();
    }

    static Optional<Layanan311> dari(Kategori k) {
        return Arrays.stream(values()).filter(l -> l.kategori == k).findFirst();
    }

    String kode() {
        return name();
    }

    boolean metadata() {
        return !atribut.isEmpty();
    }

    Map<String, Object> sebagaiService() {
        var m = new LinkedHashMap<String, Object>();
        m.put("service_code", kode());
        m.put("service_name", nama);
        m.put("description", uraian);
        m.put("metadata", metadata());
        m.put("type", "realtime");
        m.put("keywords", kataKunci);
        m.put("group", kelompok);
        return m;
    }

    Map<String, Object> sebagaiDefinisi() {
        var m = new LinkedHashMap<String, Object>();
        m.put("service_code", kode());
        m.put("attributes", atribut.stream().map(a -> {
            var x = new LinkedHashMap<String, Object>();
            x.put("variable", true);
            x.put("code", a.code());
            x.put("datatype", a.datatype());
            x.put("required", a.required());
            x.put("datatype_description", a.datatypeDescription());
            x.put("order", a.order());
            x.put("description", a.description());
            x.put("values", a.values().stream().map(v -> {
                var y = new LinkedHashMap<String, Object>();
                y.put("key", v.key());
                y.put("name", v.name());
                return y;
            }).toList());
            return x;
        }).toList());
        return m;
    }
}
