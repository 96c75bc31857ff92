package id.pelita.wilayah.internal;

import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link DirektoriWilayah} on table {@code wilayah}. The served kecamatan, their villages and the regions
 * above them are shown on nearly every page, so they are kept in memory; the rest of Indonesia is read on
 * demand. {@link PemuatWilayah} drops the cache after loading a new data set.
 */
@Service
class DirektoriWilayahJdbc implements DirektoriWilayah {

    private static final Logger log = LoggerFactory.getLogger(DirektoriWilayahJdbc.class);
    private static final RowMapper<Wilayah> BARIS = (rs, i) -> new Wilayah(rs.getString("kode"),
            rs.getString("induk_kode"), Tingkat.valueOf(rs.getString("tingkat")), rs.getString("nama"));

    /** By name in Java, not SQL: H2 and PostgreSQL collations order names differently. */
    static final Comparator<Wilayah> MENURUT_NAMA =
            Comparator.comparing(Wilayah::nama, String.CASE_INSENSITIVE_ORDER).thenComparing(Wilayah::kode);

    private final JdbcClient jdbc;
    private final List<String> kodeLayanan;
    private volatile Cache cache;

    DirektoriWilayahJdbc(JdbcClient jdbc, @Value("${pelita.kecamatan}") String kecamatan) {
        this.jdbc = jdbc;
        this.kodeLayanan = Arrays.stream(kecamatan.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .distinct().toList();
        for (String kode : kodeLayanan) {
            if (!KodeWilayah.sah(kode) || Tingkat.dariKode(kode) != Tingkat.KECAMATAN) {
                throw new IllegalStateException("pelita.kecamatan: bukan kode kecamatan: " + kode);
            }
        }
    }

    /** In memory: served kecamatan (configured order), their villages by name, and all of them by code. */
    private record Cache(List<Wilayah> kecamatan, Map<String, List<Wilayah>> desa, Map<String, Wilayah> perKode) {
    }

    void segarkan() {
        cache = null;
    }

    private Cache cache() {
        Cache c = cache;
        if (c == null) {
            c = bangunCache();
            cache = c;
        }
        return c;
    }

    private Cache bangunCache() {
        if (kodeLayanan.isEmpty()) {
            return new Cache(List.of(), Map.of(), Map.of());
        }
        Set<String> kode = new LinkedHashSet<>();
        for (String k : kodeLayanan) {
            kode.addAll(leluhurDanDiri(k));
        }
        Map<String, Wilayah> perKode = new HashMap<>();
        jdbc.sql("select kode, induk_kode, tingkat, nama from wilayah where kode in (:kode) or induk_kode in (:kecamatan)")
                .param("kode", kode).param("kecamatan", kodeLayanan)
                .query(BARIS).list().forEach(w -> perKode.put(w.kode(), w));
        List<Wilayah> kecamatan = new ArrayList<>();
        Map<String, List<Wilayah>> desa = new HashMap<>();
        for (String k : kodeLayanan) {
            Wilayah w = perKode.get(k);
            if (w == null) {
                log.warn("Kecamatan layanan {} tidak ada di data wilayah", k);
                continue;
            }
            kecamatan.add(w);
            desa.put(k, new ArrayList<>());
        }
        perKode.values().stream().filter(w -> desa.containsKey(w.indukKode())).sorted(MENURUT_NAMA)
                .forEach(w -> desa.get(w.indukKode()).add(w));
        desa.replaceAll((k, v) -> List.copyOf(v));
        return new Cache(List.copyOf(kecamatan), Map.copyOf(desa), Map.copyOf(perKode));
    }

    @Override
    public Optional<Wilayah> cari(String kode) {
        if (!KodeWilayah.sah(kode)) {
            return Optional.empty();
        }
        Wilayah w = cache().perKode().get(kode);
        if (w != null) {
            return Optional.of(w);
        }
        return jdbc.sql("select kode, induk_kode, tingkat, nama from wilayah where kode = ?")
                .param(kode).query(BARIS).optional();
    }

    @Override
    public List<Wilayah> anak(String kode) {
        if (!KodeWilayah.sah(kode)) {
            return List.of();
        }
        List<Wilayah> desa = cache().desa().get(kode);
        if (desa != null) {
            return desa;
        }
        return jdbc.sql("select kode, induk_kode, tingkat, nama from wilayah where induk_kode = ?")
                .param(kode).query(BARIS).list().stream().sorted(MENURUT_NAMA).toList();
    }

    @Override
    public List<Wilayah> kecamatanLayanan() {
        return cache().kecamatan();
    }

    @Override
    public boolean dilayani(String kode) {
        // The cache holds exactly the served kecamatan, their villages and the regions above them.
        return KodeWilayah.sah(kode) && cache().perKode().containsKey(kode);
    }

    @Override
    public String namaLengkap(String kode) {
        if (!KodeWilayah.sah(kode)) {
            return String.valueOf(kode);
        }
        List<String> rantai = leluhurDanDiri(kode);
        Map<String, Wilayah> ditemukan = new HashMap<>();
        List<String> belum = new ArrayList<>();
        for (String k : rantai) {
            Wilayah w = cache().perKode().get(k);
            if (w != null) {
                ditemukan.put(k, w);
            } else {
                belum.add(k);
            }
        }
        if (!belum.isEmpty()) {
            jdbc.sql("select kode, induk_kode, tingkat, nama from wilayah where kode in (:kode)")
                    .param("kode", belum).query(BARIS).list().forEach(w -> ditemukan.put(w.kode(), w));
        }
        Wilayah diri = ditemukan.get(kode);
        if (diri == null) {
            return kode; // unknown code: show the code rather than fail a page
        }
        // Down to the kabupaten ("Desa X, Kec. Y, Kabupaten Z"); a kabupaten or provinsi gets its provinsi.
        int sampai = rantai.size() <= 2 ? 0 : 1;
        List<String> bagian = new ArrayList<>();
        for (int i = rantai.size() - 1; i >= sampai; i--) {
            Wilayah w = ditemukan.get(rantai.get(i));
            if (w != null) {
                bagian.add(label(w));
            }
        }
        return String.join(", ", bagian);
    }

    static String label(Wilayah w) {
        return switch (w.tingkat()) {
            case PROVINSI -> "Provinsi " + w.nama();
            case KABUPATEN -> w.nama(); // already "Kabupaten X" or "Kota Y"
            case KECAMATAN -> "Kec. " + w.nama();
            case DESA -> {
                String jenis = KodeWilayah.kelurahan(w.kode()) ? "Kelurahan" : "Desa";
                // Some names already carry it ("Desa Adat Yoboi").
                yield w.nama().startsWith("Desa ") || w.nama().startsWith("Kelurahan ") ? w.nama() : jenis + " " + w.nama();
            }
        };
    }

    /** {@code 14.04.01.2004} → [14, 14.04, 14.04.01, 14.04.01.2004]. */
    static List<String> leluhurDanDiri(String kode) {
        List<String> hasil = new ArrayList<>(4);
        for (int i = kode.indexOf('.'); i > 0; i = kode.indexOf('.', i + 1)) {
            hasil.add(kode.substring(0, i));
        }
        hasil.add(kode);
        return hasil;
    }

}
