package id.pelita.pengaduan.internal.open311;

import id.pelita.akun.TokenApi;
import id.pelita.inti.GalatValidasi;
import id.pelita.pengaduan.internal.PengaduanMasuk;
import id.pelita.pengaduan.internal.RepositoriPengaduan;
import id.pelita.pengaduan.internal.Saluran;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open311 GeoReport v2 ({@code /open311/v2/}) over the complaints: discovery, services, service definitions,
 * GET/POST requests, one request, tokens; each as {@code .json} or {@code .xml}.
 *
 * <p>jurisdiction_id is the kecamatan code (required: this deployment serves several), address_id the village
 * code, service_request_id the tracking code ({@code PK-XXXXXX}). Privacy (UU 27/2022): a STUNTING complaint is
 * never listed, and its own URL reveals only id, service and status; public locations are the village only (no
 * lat/long); the reporter's identity is never output.
 */
@Controller
@Hidden
@RequestMapping("/open311/v2")
class Open311Controller {

    private static final Logger LOG = LoggerFactory.getLogger(Open311Controller.class);
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final DateTimeFormatter W3 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static final String SPESIFIKASI = "http://wiki.open311.org/GeoReport_v2";
    /** When this API last changed (discovery's changeset). */
    static final String CHANGESET = "2026-11-23T00:00:00+07:00";
    private static final Duration RENTANG_MAKS = Duration.ofDays(90);
    private static final Pattern ATRIBUT = Pattern.compile("^attribute\\[([^\\]]+)\\](\\[\\])?$");

    private final DirektoriWilayah wilayah;
    private final Kueri311 kueri;
    private final Kiriman311 kiriman;
    private final TokenApi tokenApi;
    private final MessageSource pesan;
    private final Clock jam;

    Open311Controller(DirektoriWilayah wilayah, Kueri311 kueri, Kiriman311 kiriman, TokenApi tokenApi,
                      MessageSource pesan, Clock jam) {
        this.wilayah = wilayah;
        this.kueri = kueri;
        this.kiriman = kiriman;
        this.tokenApi = tokenApi;
        this.pesan = pesan;
        this.jam = jam;
    }

    // ---------------------------------------------------------------- discovery and services

    @GetMapping("/discovery.{format}")
    ResponseEntity<byte[]> discovery(@PathVariable String format) {
        Format311 f = format(format);
        var endpoint = new LinkedHashMap<String, Object>();
        endpoint.put("specification", SPESIFIKASI);
        endpoint.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString());
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of(Format311.XML.jenis.getType() + "/" + Format311.XML.jenis.getSubtype(),
                Format311.JSON.jenis.getType() + "/" + Format311.JSON.jenis.getSubtype()));
        var d = new LinkedHashMap<String, Object>();
        d.put("changeset", CHANGESET);
        d.put("contact", "Kantor kecamatan yang dituju (jurisdiction_id = kode kecamatan Kemendagri, mis. 14.04.01). "
                + "Kecamatan yang dilayani: " + String.join(", ",
                wilayah.kecamatanLayanan().stream().map(w -> w.kode() + " " + w.nama()).toList()) + ".");
        d.put("key_service", "api_key = token API pribadi (plt_...) yang dibuat di halaman Akun saya Pelita; "
                + "kirim sebagai parameter api_key pada POST requests.");
        d.put("endpoints", List.of(endpoint));
        return jawab(f, HttpStatus.OK, "discovery", d);
    }

    @GetMapping("/services.{format}")
    ResponseEntity<byte[]> services(@PathVariable String format,
                                    @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Format311 f = format(format);
        kecamatan(jurisdiction);
        return jawab(f, HttpStatus.OK, "services",
                Arrays.stream(Layanan311.values()).map(Layanan311::sebagaiService).toList());
    }

    @GetMapping("/services/{service_code}.{format}")
    ResponseEntity<byte[]> definisi(@PathVariable("service_code") String kode, @PathVariable String format,
                                    @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Format311 f = format(format);
        kecamatan(jurisdiction);
        Layanan311 l = Layanan311.dari(kode).orElseThrow(() -> Galat311.tidakAda("service_code tidak ditemukan: " + kode));
        if (!l.metadata()) {
            throw Galat311.tidakAda("service_code " + kode + " tidak punya service definition (metadata=false): "
                    + "tidak ada atribut tambahan yang perlu diisi.");
        }
        return jawab(f, HttpStatus.OK, "service_definition", l.sebagaiDefinisi());
    }

    // ---------------------------------------------------------------- requests

    @GetMapping("/requests.{format}")
    ResponseEntity<byte[]> daftar(@PathVariable String format, @RequestParam MultiValueMap<String, String> semua) {
        Format311 f = format(format);
        // service_code, status and service_request_id "can be declared multiple times, comma delimited"
        Map<String, String> p = new LinkedHashMap<>();
        semua.forEach((k, v) -> p.put(k, String.join(",", v.stream().filter(java.util.Objects::nonNull).toList())));
        Wilayah kec = kecamatan(p.get("jurisdiction_id"));
        List<Kueri311.Baris> hasil;
        String ids = kosong(p.get("service_request_id"));
        if (ids != null) {
            // "This overrides all other arguments" (but not the jurisdiction, which is not a filter).
            List<String> kode = new ArrayList<>();
            for (String s : ids.split(",")) {
                RepositoriPengaduan.normalKode(s.strip()).ifPresent(kode::add);
            }
            if (kode.size() > Kueri311.BATAS) {
                throw Galat311.salah("service_request_id: paling banyak " + Kueri311.BATAS + " kode sekaligus.");
            }
            hasil = kueri.menurutKode(kec.kode(), kode);
        } else {
            Instant[] r = rentang(p.get("start_date"), p.get("end_date"));
            hasil = kueri.daftar(new Kueri311.Saring(kec.kode(), kategori(p.get("service_code")), r[0], r[1],
                    status(p.get("status"))));
        }
        return jawab(f, HttpStatus.OK, "service_requests", hasil.stream().map(this::publik).toList());
    }

    @GetMapping("/requests/{service_request_id}.{format}")
    ResponseEntity<byte[]> satu(@PathVariable("service_request_id") String id, @PathVariable String format,
                                @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Format311 f = format(format);
        Wilayah kec = kecamatan(jurisdiction);
        Kueri311.Baris b = cari(id, kec);
        Layanan311 l = layanan(b);
        Map<String, Object> isi;
        if (l == Layanan311.STUNTING) {
            // Child health data: the tracking code shows whether it is being handled, nothing more.
            isi = new LinkedHashMap<>();
            isi.put("service_request_id", b.kode());
            isi.put("status", b.terbuka() ? "open" : "closed");
            isi.put("service_name", l.nama);
            isi.put("service_code", l.kode());
        } else {
            isi = publik(b);
        }
        return jawab(f, HttpStatus.OK, "service_requests", List.of(isi));
    }

    /**
     * Pelita's services are realtime: POST answers the service_request_id at once and never issues a token. A
     * client that asks anyway may use the tracking code as the token; it is answered back.
     */
    @GetMapping("/tokens/{token_id}.{format}")
    ResponseEntity<byte[]> token(@PathVariable("token_id") String token, @PathVariable String format,
                                 @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Format311 f = format(format);
        Wilayah kec = kecamatan(jurisdiction);
        Kueri311.Baris b;
        try {
            b = cari(token, kec);
        } catch (Galat311 g) {
            throw Galat311.tidakAda("token tidak ditemukan: layanan Pelita bersifat realtime dan tidak menerbitkan "
                    + "token; gunakan service_request_id (kode PK-...) dari jawaban POST.");
        }
        var isi = new LinkedHashMap<String, Object>();
        isi.put("service_request_id", b.kode());
        isi.put("token", token);
        return jawab(f, HttpStatus.OK, "service_requests", List.of(isi));
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<byte[]> kirim(@PathVariable String format, @RequestParam MultiValueMap<String, String> semua) {
        Format311 f = format(format);
        Map<String, String> p = semua.toSingleValueMap();
        // 403 for a missing or invalid api_key (spec, "Errors"), before anything else is looked at.
        String apiKey = kosong(p.get("api_key"));
        if (apiKey == null) {
            throw new Galat311(HttpStatus.FORBIDDEN, "api_key tidak ada: POST requests memerlukan api_key "
                    + "(token API pribadi plt_... dari halaman Akun saya).");
        }
        TokenApi.Pemilik pemilik = tokenApi.periksa(apiKey).orElseThrow(() -> new Galat311(HttpStatus.FORBIDDEN,
                "api_key tidak sah: token tidak dikenal, sudah dicabut atau kedaluwarsa."));
        Wilayah kec = kecamatan(p.get("jurisdiction_id"));
        String kodeLayanan = kosong(p.get("service_code"));
        if (kodeLayanan == null) {
            throw Galat311.salah("service_code tidak ada.");
        }
        Layanan311 l = Layanan311.dari(kodeLayanan)
                .orElseThrow(() -> Galat311.tidakAda("service_code tidak ditemukan: " + kodeLayanan));
        Double lintang = angka(p, "lat");
        Double bujur = angka(p, "long");
        String desa = desa(kec, kosong(p.get("address_id")), kosong(p.get("address_string")), lintang != null);
        String uraian = uraian(l, semua, p.get("description"));
        String nama = String.join(" ", java.util.stream.Stream.of(kosong(p.get("first_name")), kosong(p.get("last_name")))
                .filter(java.util.Objects::nonNull).toList());
        var masuk = new PengaduanMasuk(l.kategori, desa, uraian, Saluran.OPEN311, telepon(p.get("phone")),
                kosong(p.get("email")), nama.isEmpty() ? null : nama, false, lintang, bujur, null, null);
        String kode;
        try {
            kode = kiriman.kirim(masuk, pemilik, p.get("device_id"), p.get("account_id"));
        } catch (GalatValidasi g) {
            throw galatDari(g);
        }
        LOG.info("Open311: pengaduan {} ({}) diterima lewat api_key milik {}", kode, l.kode(),
                pemilik.pengguna().username());
        var isi = new LinkedHashMap<String, Object>();
        isi.put("service_request_id", kode);
        isi.put("service_notice", "Pengaduan diterima oleh Kecamatan " + kec.nama() + ". Simpan kode pelacakan "
                + kode + " untuk melihat statusnya.");
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/open311/v2/requests/{id}." + format(f)).queryParam("jurisdiction_id", kec.kode())
                        .buildAndExpand(kode).toUri())
                .contentType(f.jenis)
                .body(f.tulis("service_requests", List.of(isi)));
    }

    // ---------------------------------------------------------------- errors

    @ExceptionHandler(Galat311.class)
    ResponseEntity<byte[]> galat(Galat311 g, HttpServletRequest req) {
        return galatJawab(req, g.status, g.entri);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> galatLain(Exception e, HttpServletRequest req) {
        LOG.error("Open311: galat tak terduga pada {}", req.getRequestURI(), e);
        return galatJawab(req, HttpStatus.INTERNAL_SERVER_ERROR,
                List.of(new Galat311.Entri(500, "Galat layanan: permintaan tidak dapat diproses. Coba lagi nanti.")));
    }

    private ResponseEntity<byte[]> galatJawab(HttpServletRequest req, HttpStatus status, List<Galat311.Entri> entri) {
        Format311 f = req.getRequestURI().toLowerCase(Locale.ROOT).endsWith(".xml") ? Format311.XML : Format311.JSON;
        List<Map<String, Object>> isi = entri.stream().map(e -> {
            var m = new LinkedHashMap<String, Object>();
            m.put("code", e.code());
            m.put("description", e.description());
            return (Map<String, Object>) m;
        }).toList();
        return jawab(f, status, "errors", isi);
    }

    // ---------------------------------------------------------------- helpers

    private static ResponseEntity<byte[]> jawab(Format311 f, HttpStatus status, String akar, Object isi) {
        return ResponseEntity.status(status).contentType(f.jenis).body(f.tulis(akar, isi));
    }

    private static Format311 format(String s) {
        return Format311.dari(s).orElseThrow(() -> Galat311.tidakAda("Format tidak didukung: gunakan .json atau .xml."));
    }

    private static String format(Format311 f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    /** jurisdiction_id: required (several kecamatan are served), 404 when it is not one of them. */
    private Wilayah kecamatan(String kode) {
        String k = kosong(kode);
        if (k == null) {
            throw Galat311.salah("jurisdiction_id tidak ada: isi dengan kode kecamatan yang dilayani ("
                    + String.join(", ", wilayah.kecamatanLayanan().stream().map(Wilayah::kode).toList()) + ").");
        }
        return wilayah.kecamatanLayanan().stream().filter(w -> w.kode().equals(k)).findFirst()
                .orElseThrow(() -> Galat311.tidakAda("jurisdiction_id tidak ditemukan: " + k
                        + " bukan kecamatan yang dilayani."));
    }

    private Kueri311.Baris cari(String id, Wilayah kec) {
        return RepositoriPengaduan.normalKode(id).flatMap(kueri::satu)
                .filter(b -> b.kecamatanKode().equals(kec.kode()))
                .orElseThrow(() -> Galat311.tidakAda("service_request_id tidak ditemukan di jurisdiction_id "
                        + kec.kode() + "."));
    }

    private static Layanan311 layanan(Kueri311.Baris b) {
        return Layanan311.dari(b.kategori()).orElseThrow();
    }

    /** A listed (never STUNTING) request as the public sees it: location coarsened to the village, no reporter. */
    private Map<String, Object> publik(Kueri311.Baris b) {
        Layanan311 l = layanan(b);
        if (l == Layanan311.STUNTING) {
            throw new IllegalStateException("STUNTING tidak boleh tampil di daftar");
        }
        var m = new LinkedHashMap<String, Object>();
        m.put("service_request_id", b.kode());
        m.put("status", b.terbuka() ? "open" : "closed");
        m.put("service_name", l.nama);
        m.put("service_code", l.kode());
        m.put("description", b.uraian());
        m.put("agency_responsible", "Kecamatan " + wilayah.cari(b.kecamatanKode()).map(Wilayah::nama)
                .orElse(b.kecamatanKode()));
        m.put("requested_datetime", w3(b.dibuatPada()));
        m.put("address", wilayah.namaLengkap(b.desaKode()));
        m.put("address_id", b.desaKode());
        return m;
    }

    static String w3(Instant i) {
        return W3.format(i.truncatedTo(ChronoUnit.SECONDS).atZone(WIB).toOffsetDateTime());
    }

    private static List<String> kategori(String daftar) {
        String d = kosong(daftar);
        if (d == null) {
            return Arrays.stream(Layanan311.values()).filter(l -> l != Layanan311.STUNTING).map(Layanan311::kode).toList();
        }
        Set<String> hasil = new LinkedHashSet<>();
        for (String s : d.split(",")) {
            String k = s.strip();
            Layanan311 l = Layanan311.dari(k).orElseThrow(() -> Galat311.salah("service_code tidak dikenal: " + k));
            if (l != Layanan311.STUNTING) { // never listed, not even when asked for by name
                hasil.add(l.kode());
            }
        }
        return List.copyOf(hasil);
    }

    private static Boolean status(String daftar) {
        String d = kosong(daftar);
        if (d == null) {
            return null;
        }
        boolean buka = false;
        boolean tutup = false;
        for (String s : d.split(",")) {
            switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "open" -> buka = true;
                case "closed" -> tutup = true;
                default -> throw Galat311.salah("status tidak dikenal: " + s.strip() + " (open atau closed).");
            }
        }
        return buka == tutup ? null : buka;
    }

    /** start_date/end_date: default the most recent 90 days; a range may not span more than 90 days. */
    private Instant[] rentang(String mulai, String akhir) {
        Instant dari = waktu(mulai, "start_date", false);
        Instant sampai = waktu(akhir, "end_date", true);
        if (dari == null && sampai == null) {
            sampai = jam.instant();
            dari = sampai.minus(RENTANG_MAKS);
        } else if (dari == null) {
            dari = sampai.minus(RENTANG_MAKS);
        } else if (sampai == null) {
            sampai = dari.plus(RENTANG_MAKS);
        }
        if (sampai.isBefore(dari)) {
            throw Galat311.salah("end_date lebih awal dari start_date.");
        }
        if (Duration.between(dari, sampai).compareTo(RENTANG_MAKS) > 0) {
            throw Galat311.salah("Rentang start_date..end_date tidak boleh lebih dari 90 hari.");
        }
        return new Instant[]{dari, sampai};
    }

    /** w3 datetime with offset; a date alone or a datetime without offset is read in WIB (+07:00). */
    private static Instant waktu(String s, String nama, boolean akhirHari) {
        String t = kosong(s);
        if (t == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // try the shorter forms
        }
        try {
            return LocalDateTime.parse(t).atZone(WIB).toInstant();
        } catch (DateTimeParseException e) {
            // try a date
        }
        try {
            LocalDate d = LocalDate.parse(t);
            return (akhirHari ? d.plusDays(1).atStartOfDay(WIB).minusNanos(1000) : d.atStartOfDay(WIB)).toInstant();
        } catch (DateTimeParseException e) {
            throw Galat311.salah(nama + " tidak sah: gunakan format w3/ISO 8601, mis. 2026-11-01T00:00:00+07:00.");
        }
    }

    private static Double angka(Map<String, String> p, String nama) {
        String t = kosong(p.get(nama));
        if (t == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(t);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw Galat311.salah(nama + " tidak sah: angka desimal WGS84, mis. -0.52.");
        }
    }

    /**
     * The village: address_id (village code), or address_string naming exactly one village of the kecamatan.
     * Coordinates alone are not enough: Pelita does not turn coordinates into a village.
     */
    private String desa(Wilayah kec, String addressId, String addressString, boolean adaKoordinat) {
        if (addressId != null) {
            var w = wilayah.cari(addressId).orElse(null);
            if (w == null || w.tingkat() != Tingkat.DESA || !kec.kode().equals(w.indukKode())) {
                throw Galat311.salah("address_id tidak sah: harus kode desa/kelurahan di kecamatan " + kec.kode()
                        + " (mis. " + contohDesa(kec) + ").");
            }
            return w.kode();
        }
        if (addressString != null) {
            String dicari = namaNormal(addressString);
            List<Wilayah> cocok = wilayah.anak(kec.kode()).stream()
                    .filter(d -> dicari.equals(namaNormal(d.nama())) || dicari.startsWith(namaNormal(d.nama()) + ","))
                    .toList();
            if (cocok.size() == 1) {
                return cocok.get(0).kode();
            }
            throw Galat311.salah("address_string tidak menunjuk tepat satu desa di kecamatan " + kec.kode()
                    + ": kirim address_id (kode desa, mis. " + contohDesa(kec) + ").");
        }
        throw Galat311.salah(adaKoordinat
                ? "address_id wajib: Pelita mencatat pengaduan per desa; kirim kode desa (mis. " + contohDesa(kec)
                + ") selain lat/long."
                : "Lokasi tidak ada: kirim address_id (kode desa, mis. " + contohDesa(kec) + ").");
    }

    private String contohDesa(Wilayah kec) {
        return wilayah.anak(kec.kode()).stream().findFirst().map(Wilayah::kode).orElse(kec.kode() + ".2001");
    }

    private static String namaNormal(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceFirst("^(desa|kelurahan|kel\\.|ds\\.)\\s*", "");
        int koma = t.indexOf(',');
        String kepala = koma < 0 ? t : t.substring(0, koma);
        return kepala.replaceAll("[^a-z0-9]", "") + (koma < 0 ? "" : ",");
    }

    /** The description, with the fire report's "what was seen" attribute put in front of it. */
    private static String uraian(Layanan311 l, MultiValueMap<String, String> semua, String description) {
        String u = description == null ? "" : description.strip();
        List<String> depan = new ArrayList<>();
        Set<String> dikenal = new LinkedHashSet<>();
        for (var e : semua.entrySet()) {
            Matcher m = ATRIBUT.matcher(e.getKey());
            if (!m.matches()) {
                continue;
            }
            String kode = m.group(1);
            var atribut = l.atribut.stream().filter(a -> a.code().equals(kode)).findFirst()
                    .orElseThrow(() -> Galat311.salah("attribute[" + kode + "] tidak dikenal untuk service_code "
                            + l.kode() + "."));
            for (String v : e.getValue()) {
                var nilai = atribut.values().stream().filter(x -> x.key().equals(v == null ? "" : v.strip())).findFirst()
                        .orElseThrow(() -> Galat311.salah("attribute[" + kode + "] tidak sah: " + v));
                if (dikenal.add(kode)) {
                    depan.add(atribut.description().replace("?", "") + ": " + nilai.name());
                }
            }
        }
        for (var a : l.atribut) {
            if (a.required() && !dikenal.contains(a.code())) {
                throw Galat311.salah("attribute[" + a.code() + "] wajib diisi.");
            }
        }
        if (depan.isEmpty()) {
            return u;
        }
        return "[" + String.join("; ", depan) + "] " + u;
    }

    /** "+62 812-3456-7890", "0812 3456 7890" → 6281234567890 (international, no '+', like WhatsApp numbers). */
    static String telepon(String s) {
        String t = kosong(s);
        if (t == null) {
            return null;
        }
        String d = t.replaceAll("[\\s\\-().]", "");
        if (d.startsWith("+")) {
            d = d.substring(1);
        } else if (d.startsWith("0")) {
            d = "62" + d.substring(1);
        }
        return d;
    }

    private Galat311 galatDari(GalatValidasi g) {
        Locale bahasa = LocaleContextHolder.getLocale();
        List<Galat311.Entri> entri = new ArrayList<>();
        g.galat().forEach((field, kunci) -> entri.add(new Galat311.Entri(400,
                parameter(field) + ": " + pesan.getMessage(kunci, null, kunci, bahasa))));
        return new Galat311(HttpStatus.BAD_REQUEST, entri);
    }

    private static String parameter(String field) {
        return switch (field) {
            case "kategori" -> "service_code";
            case "desaKode" -> "address_id";
            case "uraian" -> "description";
            case "lokasi" -> "lat/long";
            case "telepon" -> "phone";
            case "namaPelapor" -> "first_name/last_name";
            default -> field;
        };
    }

    private static String kosong(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
