package id.pelita.pengaduan.internal.open311;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.pelita.PelitaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open311 GeoReport v2 over real HTTP: every endpoint in JSON and XML, each answer validated against the JSON
 * Schemas and XSDs in {@code src/test/resources/open311/} (written from the spec), plus the api_key, the
 * errors, stunting privacy, coarse locations, escaping and +07:00 times.
 */
@PelitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311KontrakTest {

    static final String KEC = "14.04.01";
    static final String DESA = "14.04.01.2004"; // Sungaiterap, Reteh
    static final String BERBAHAYA = "<script>alert('x')</script> ]]> & \"kutip\" <![CDATA[ a ]]> </description>\u0001 akhir";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    final SchemaRegistry registri = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    String apiKey;

    @BeforeAll
    void tokenApi() throws Exception {
        apiKey = "plt_open311-uji-" + System.nanoTime();
        long pengguna = jdbc.sql("select id from pengguna where username = 'staf.reteh'").query(Long.class).single();
        jdbc.sql("insert into token_api (pengguna_id, nama, token_hash, dibuat_pada, dicabut) values (?, ?, ?, ?, false)")
                .params(pengguna, "open311-uji", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(apiKey.getBytes(StandardCharsets.UTF_8))), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    // ------------------------------------------------------------------ discovery and services

    @Test
    void discoveryInBothFormats() throws Exception {
        var j = get("/open311/v2/discovery.json");
        assertThat(j.statusCode()).isEqualTo(200);
        assertThat(j.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode d = sahJson(j, "discovery");
        assertThat(d.get("endpoints").get(0).get("url").asString()).endsWith("/open311/v2");
        assertThat(d.get("endpoints").get(0).get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");

        var x = get("/open311/v2/discovery.xml");
        assertThat(x.statusCode()).isEqualTo(200);
        assertThat(x.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
        assertThat(x.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Document doc = sahXml(x, "discovery");
        assertThat(teks(doc, "format")).containsExactly("text/xml", "application/json");
    }

    @Test
    void servicesListTheThreeCategoriesInIndonesian() throws Exception {
        JsonNode s = sahJson(get("/open311/v2/services.json?jurisdiction_id=" + KEC), "services");
        assertThat(s).hasSize(3);
        List<String> kode = new ArrayList<>();
        s.forEach(n -> kode.add(n.get("service_code").asString()));
        assertThat(kode).containsExactly("STUNTING", "KEBAKARAN", "LAYANAN");
        assertThat(s.get(1).get("service_name").asString()).isEqualTo("Kebakaran, asap atau titik panas");
        assertThat(s.get(1).get("metadata").asBoolean()).isTrue();
        assertThat(s.get(2).get("metadata").asBoolean()).isFalse();
        s.forEach(n -> assertThat(n.get("type").asString()).isEqualTo("realtime"));

        Document doc = sahXml(get("/open311/v2/services.xml?jurisdiction_id=" + KEC), "services");
        assertThat(teks(doc, "service_code")).containsExactly("STUNTING", "KEBAKARAN", "LAYANAN");
        assertThat(teks(doc, "group")).containsExactly("kesehatan", "kebencanaan", "pelayanan");
    }

    @Test
    void serviceDefinitionForTheFireReportAndNoneForTheOthers() throws Exception {
        JsonNode d = sahJson(get("/open311/v2/services/KEBAKARAN.json?jurisdiction_id=" + KEC), "service_definition");
        assertThat(d.get("attributes").get(0).get("code").asString()).isEqualTo("jenis");
        assertThat(d.get("attributes").get(0).get("values")).hasSize(3);
        Document doc = sahXml(get("/open311/v2/services/KEBAKARAN.xml?jurisdiction_id=" + KEC), "service_definition");
        assertThat(teks(doc, "key")).containsExactly("API", "ASAP", "TITIK_PANAS");

        galat(get("/open311/v2/services/LAYANAN.json?jurisdiction_id=" + KEC), 404);
        galat(get("/open311/v2/services/LAYANAN.xml?jurisdiction_id=" + KEC), 404);
        galat(get("/open311/v2/services/TIDAK_ADA.json?jurisdiction_id=" + KEC), 404);
        galat(get("/open311/v2/services/TIDAK_ADA.xml?jurisdiction_id=" + KEC), 404);
    }

    @Test
    void jurisdictionIsRequiredAndMustBeServed() throws Exception {
        for (String f : List.of("json", "xml")) {
            assertThat(galat(get("/open311/v2/services." + f), 400)).contains("jurisdiction_id");
            assertThat(galat(get("/open311/v2/services." + f + "?jurisdiction_id=31.71.01"), 404)).contains("jurisdiction_id");
            assertThat(galat(get("/open311/v2/requests." + f), 400)).contains("jurisdiction_id");
            assertThat(galat(get("/open311/v2/requests." + f + "?jurisdiction_id=99.99.99"), 404)).contains("jurisdiction_id");
            assertThat(galat(post(f, Map.of("api_key", apiKey, "service_code", "LAYANAN", "address_id", DESA,
                    "description", "Pelayanan surat pindah lambat sekali")), 400)).contains("jurisdiction_id");
            assertThat(galat(post(f, Map.of("api_key", apiKey, "jurisdiction_id", "35.16.05", "service_code", "LAYANAN",
                    "address_id", DESA, "description", "Pelayanan surat pindah lambat sekali")), 404)).contains("jurisdiction_id");
        }
    }

    @Test
    void anUnknownFormatIsNotAResource() throws Exception {
        var r = get("/open311/v2/services.html?jurisdiction_id=" + KEC);
        assertThat(r.statusCode()).isEqualTo(404);
        sahJson(r, "errors");
    }

    // ------------------------------------------------------------------ POST and the api_key

    @Test
    void postWithoutOrWithABadApiKeyIs403() throws Exception {
        var isi = new LinkedHashMap<>(layanan("Antrean KTP elektronik sangat panjang"));
        isi.remove("api_key");
        for (String f : List.of("json", "xml")) {
            assertThat(galat(post(f, isi), 403)).contains("api_key");
            var salah = new LinkedHashMap<>(isi);
            salah.put("api_key", "plt_tidak-dikenal");
            assertThat(galat(post(f, salah), 403)).contains("api_key");
            salah.put("api_key", "bukan-token");
            galat(post(f, salah), 403);
        }
    }

    @Test
    void postWithABadOrMissingServiceCode() throws Exception {
        for (String f : List.of("json", "xml")) {
            var isi = new LinkedHashMap<>(layanan("Petugas tidak ada di meja layanan"));
            isi.put("service_code", "JALAN_RUSAK");
            assertThat(galat(post(f, isi), 404)).contains("service_code");
            isi.remove("service_code");
            assertThat(galat(post(f, isi), 400)).contains("service_code");
        }
    }

    @Test
    void aFireReportNeedsItsLocation() throws Exception {
        var isi = new LinkedHashMap<String, String>();
        isi.put("api_key", apiKey);
        isi.put("jurisdiction_id", KEC);
        isi.put("service_code", "KEBAKARAN");
        isi.put("address_id", DESA);
        isi.put("description", "Asap tebal dari lahan gambut di belakang sekolah");
        for (String f : List.of("json", "xml")) {
            assertThat(galat(post(f, isi), 400)).contains("lat/long");
        }
        isi.put("lat", "-0.5123456");
        isi.put("long", "103.1234567");
        isi.put("attribute[jenis]", "SALJU");
        assertThat(galat(post("json", isi), 400)).contains("attribute[jenis]");
        isi.put("attribute[jenis]", "ASAP");
        var r = post("json", isi);
        assertThat(r.statusCode()).isEqualTo(201);
        String id = sahJson(r, "post_response").get(0).get("service_request_id").asString();

        // Stored precisely for the officers, shown coarsely to the public.
        assertThat(jdbc.sql("select lintang from pengaduan where kode = ?").param(id).query(Double.class).single())
                .isEqualTo(-0.5123456);
        JsonNode satu = sahJson(get("/open311/v2/requests/" + id + ".json?jurisdiction_id=" + KEC), "service_requests").get(0);
        assertThat(satu.has("lat")).isFalse();
        assertThat(satu.has("long")).isFalse();
        assertThat(satu.get("address_id").asString()).isEqualTo(DESA);
        assertThat(satu.get("address").asString()).contains("Sungaiterap").doesNotContain("103.12").doesNotContain("0.512");
        assertThat(satu.get("description").asString()).isEqualTo("[Apa yang terlihat: Asap] " + isi.get("description"));
        Document doc = sahXml(get("/open311/v2/requests/" + id + ".xml?jurisdiction_id=" + KEC), "service_requests");
        assertThat(doc.getElementsByTagName("lat").getLength()).isZero();
        assertThat(doc.getElementsByTagName("long").getLength()).isZero();
        assertThat(teks(doc, "address_id")).containsExactly(DESA);
    }

    @Test
    void addressStringMayNameOneVillageOfTheJurisdiction() throws Exception {
        var isi = new LinkedHashMap<>(layanan("Kantor desa tutup di hari kerja"));
        isi.remove("address_id");
        isi.put("address_string", "Desa Sungai Terap, Reteh");
        String id = buat(isi);
        assertThat(sahJson(get("/open311/v2/requests/" + id + ".json?jurisdiction_id=" + KEC), "service_requests")
                .get(0).get("address_id").asString()).isEqualTo(DESA);
        isi.put("address_string", "Jalan Tidak Ada 12");
        assertThat(galat(post("xml", isi), 400)).contains("address_string");
    }

    @Test
    void aVillageOutsideTheJurisdictionOrNoVillageIsRefused() throws Exception {
        var isi = new LinkedHashMap<>(layanan("Pelayanan akta kelahiran berbelit"));
        isi.put("address_id", "35.16.04.2001");
        assertThat(galat(post("json", isi), 400)).contains("address_id");
        isi.remove("address_id");
        assertThat(galat(post("xml", isi), 400)).contains("address_id");
        isi.put("lat", "-0.5");
        isi.put("long", "103.1");
        assertThat(galat(post("json", isi), 400)).contains("address_id");
    }

    @Test
    void happyPathInBothFormatsThenFetchedAndListed() throws Exception {
        for (String f : List.of("json", "xml")) {
            var isi = new LinkedHashMap<>(layanan("Surat keterangan domisili belum selesai dua minggu (" + f + ")"));
            isi.put("email", "warga@example.id");
            isi.put("phone", "+62 812-3456-7890");
            isi.put("first_name", "Siti");
            isi.put("last_name", "Rahayu");
            isi.put("device_id", "perangkat-uji");
            isi.put("media_url", "https://example.id/foto.jpg");
            var r = post(f, isi);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            String id;
            if (f.equals("json")) {
                JsonNode p = sahJson(r, "post_response");
                id = p.get(0).get("service_request_id").asString();
                assertThat(p.get(0).has("token")).isFalse();
            } else {
                Document doc = sahXml(r, "post_response");
                id = teks(doc, "service_request_id").get(0);
                assertThat(doc.getElementsByTagName("token").getLength()).isZero();
            }
            assertThat(id).matches("PK-[2-9A-HJKMNP-Z]{6}");
            assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/open311/v2/requests/" + id + "." + f
                    + "?jurisdiction_id=" + KEC);
            // The complaint went through the one door, on the Open311 channel, with its reporter kept for the officers.
            var simpan = jdbc.sql("select saluran, telepon, email, nama_pelapor, kategori from pengaduan where kode = ?")
                    .param(id).query().singleRow();
            assertThat(simpan).containsEntry("saluran", "OPEN311").containsEntry("telepon", "6281234567890")
                    .containsEntry("email", "warga@example.id").containsEntry("nama_pelapor", "Siti Rahayu")
                    .containsEntry("kategori", "LAYANAN");
            assertThat(jdbc.sql("select username from pengaduan_open311 where pengaduan_kode = ?").param(id)
                    .query(String.class).single()).isEqualTo("staf.reteh");

            // GET one, both formats
            JsonNode satu = sahJson(get("/open311/v2/requests/" + id + ".json?jurisdiction_id=" + KEC), "service_requests");
            assertThat(satu).hasSize(1);
            JsonNode req = satu.get(0);
            assertThat(req.get("service_request_id").asString()).isEqualTo(id);
            assertThat(req.get("status").asString()).isEqualTo("open");
            assertThat(req.get("service_code").asString()).isEqualTo("LAYANAN");
            assertThat(req.get("description").asString()).isEqualTo(isi.get("description"));
            assertThat(req.get("agency_responsible").asString()).isEqualTo("Kecamatan Reteh");
            assertThat(req.get("requested_datetime").asString()).endsWith("+07:00");
            assertTanpaIdentitas(satu.toString());
            Document doc = sahXml(get("/open311/v2/requests/" + id + ".xml?jurisdiction_id=" + KEC), "service_requests");
            assertThat(teks(doc, "service_request_id")).containsExactly(id);
            assertThat(teks(doc, "requested_datetime").get(0)).endsWith("+07:00");
            assertTanpaIdentitas(doc.getDocumentElement().getTextContent());

            // In another jurisdiction it does not exist.
            galat(get("/open311/v2/requests/" + id + ".json?jurisdiction_id=35.16.04"), 404);

            // Listed, in both formats
            JsonNode daftar = sahJson(get("/open311/v2/requests.json?jurisdiction_id=" + KEC), "service_requests");
            assertThat(ids(daftar)).contains(id);
            assertTanpaIdentitas(daftar.toString());
            Document dx = sahXml(get("/open311/v2/requests.xml?jurisdiction_id=" + KEC), "service_requests");
            assertThat(teks(dx, "service_request_id")).contains(id);

            // The token endpoint answers the tracking code back (realtime services issue no tokens).
            JsonNode t = sahJson(get("/open311/v2/tokens/" + id + ".json?jurisdiction_id=" + KEC), "tokens");
            assertThat(t.get(0).get("service_request_id").asString()).isEqualTo(id);
            Document tx = sahXml(get("/open311/v2/tokens/" + id + ".xml?jurisdiction_id=" + KEC), "tokens");
            assertThat(teks(tx, "token")).containsExactly(id);
        }
        galat(get("/open311/v2/tokens/12345.json?jurisdiction_id=" + KEC), 404);
        galat(get("/open311/v2/tokens/12345.xml?jurisdiction_id=" + KEC), 404);
        galat(get("/open311/v2/requests/PK-ZZZZZZ.xml?jurisdiction_id=" + KEC), 404);
    }

    @Test
    void theStandardFiltersOfGetRequests() throws Exception {
        String a = buat(layanan("Loket kependudukan tutup saat jam kerja"));
        String b = buat(layanan("Pegawai kecamatan meminta biaya tidak resmi"));
        jdbc.sql("update pengaduan set status = 'SELESAI' where kode = ?").param(b).update();
        String dasar = "/open311/v2/requests.json?jurisdiction_id=" + KEC;

        assertThat(ids(sahJson(get(dasar + "&status=open"), "service_requests"))).contains(a).doesNotContain(b);
        JsonNode tutup = sahJson(get(dasar + "&status=closed"), "service_requests");
        assertThat(ids(tutup)).contains(b).doesNotContain(a);
        tutup.forEach(n -> assertThat(n.get("status").asString()).isEqualTo("closed"));
        assertThat(ids(sahJson(get(dasar + "&status=open,closed"), "service_requests"))).contains(a, b);
        assertThat(ids(sahJson(get(dasar + "&service_code=KEBAKARAN"), "service_requests"))).doesNotContain(a, b);
        assertThat(ids(sahJson(get(dasar + "&service_code=LAYANAN,KEBAKARAN"), "service_requests"))).contains(a, b);
        assertThat(ids(sahJson(get(dasar + "&service_code=KEBAKARAN&service_code=LAYANAN"), "service_requests")))
                .contains(a, b);
        assertThat(ids(sahJson(get(dasar + "&status=closed&status=open"), "service_requests"))).contains(a, b);
        assertThat(ids(sahJson(get(dasar + "&service_request_id=" + a + "," + b + "&status=open"), "service_requests")))
                .containsExactlyInAnyOrder(a, b);
        String hariIni = java.time.LocalDate.now(Open311Controller.WIB).toString();
        assertThat(ids(sahJson(get(dasar + "&start_date=" + hariIni + "T00:00:00%2B07:00&end_date="
                + java.time.LocalDate.now(Open311Controller.WIB).plusDays(1) + "T00:00:00%2B07:00"), "service_requests")))
                .contains(a, b);
        assertThat(ids(sahJson(get(dasar + "&start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z"),
                "service_requests"))).isEmpty();
        galat(get(dasar + "&start_date=2020-01-01T00:00:00Z&end_date=2020-12-01T00:00:00Z"), 400);
        galat(get(dasar + "&start_date=kemarin"), 400);
        galat(get(dasar + "&status=pending"), 400);
        galat(get(dasar + "&service_code=JALAN_RUSAK"), 400);
        galat(get("/open311/v2/requests.xml?jurisdiction_id=" + KEC + "&status=pending"), 400);
        // Other kecamatan's lists do not show them.
        assertThat(ids(sahJson(get("/open311/v2/requests.json?jurisdiction_id=35.16.04"), "service_requests")))
                .doesNotContain(a, b);
    }

    // ------------------------------------------------------------------ privacy and escaping

    @Test
    void aStuntingReportIsNeverListedAndItsOwnUrlRevealsOnlyItsStatus() throws Exception {
        var isi = new LinkedHashMap<String, String>();
        isi.put("api_key", apiKey);
        isi.put("jurisdiction_id", KEC);
        isi.put("service_code", "STUNTING");
        isi.put("address_id", DESA);
        isi.put("lat", "-0.51");
        isi.put("long", "103.12");
        isi.put("description", "Anak tetangga umur dua tahun badannya sangat kecil");
        isi.put("first_name", "Ibu");
        isi.put("phone", "081234567890");
        String id = buat(isi);

        String dasar = "/open311/v2/requests.json?jurisdiction_id=" + KEC;
        for (String q : List.of("", "&service_code=STUNTING", "&service_request_id=" + id, "&status=open",
                "&service_code=STUNTING,LAYANAN&status=open,closed")) {
            var r = get(dasar + q);
            assertThat(r.body()).as(q).doesNotContain(id).doesNotContain("STUNTING").doesNotContain("Anak tetangga");
            sahJson(r, "service_requests");
            var x = get(dasar.replace(".json", ".xml") + q);
            assertThat(x.body()).as(q).doesNotContain(id).doesNotContain("STUNTING");
            sahXml(x, "service_requests");
        }

        JsonNode satu = sahJson(get("/open311/v2/requests/" + id + ".json?jurisdiction_id=" + KEC), "service_requests");
        Set<String> kunci = new TreeSet<>();
        satu.get(0).propertyNames().forEach(kunci::add);
        assertThat(kunci).containsExactlyInAnyOrder("service_request_id", "status", "service_name", "service_code");
        assertThat(satu.get(0).get("status").asString()).isEqualTo("open");
        Document doc = sahXml(get("/open311/v2/requests/" + id + ".xml?jurisdiction_id=" + KEC), "service_requests");
        Element req = (Element) doc.getElementsByTagName("request").item(0);
        Set<String> anak = new TreeSet<>();
        for (int i = 0; i < req.getChildNodes().getLength(); i++) {
            if (req.getChildNodes().item(i) instanceof Element e) {
                anak.add(e.getTagName());
            }
        }
        assertThat(anak).containsExactlyInAnyOrder("service_request_id", "status", "service_name", "service_code");
        assertThat(doc.getDocumentElement().getTextContent()).doesNotContain("Anak tetangga").doesNotContain(DESA);

        jdbc.sql("update pengaduan set status = 'SELESAI' where kode = ?").param(id).update();
        assertThat(sahJson(get("/open311/v2/requests/" + id + ".json?jurisdiction_id=" + KEC), "service_requests")
                .get(0).get("status").asString()).isEqualTo("closed");
        assertThat(get(dasar + "&status=closed").body()).doesNotContain(id);
    }

    @Test
    void markupInTheDescriptionComesOutEscapedAndTheXmlStaysWellFormed() throws Exception {
        String id = buat(layanan(BERBAHAYA));

        var j = get("/open311/v2/requests/" + id + ".json?jurisdiction_id=" + KEC);
        assertThat(j.body()).doesNotContain("<script>").doesNotContain("]]>").doesNotContain("</description>");
        assertThat(sahJson(j, "service_requests").get(0).get("description").asString()).isEqualTo(BERBAHAYA);

        for (String path : List.of("/open311/v2/requests/" + id + ".xml?jurisdiction_id=" + KEC,
                "/open311/v2/requests.xml?jurisdiction_id=" + KEC + "&service_request_id=" + id)) {
            var x = get(path);
            assertThat(x.body()).doesNotContain("<script>").doesNotContain("]]>").doesNotContain("<![CDATA[")
                    .contains("&lt;script&gt;").contains("&amp;");
            Document doc = sahXml(x, "service_requests"); // parses: well-formed, and valid
            // XML 1.0 cannot carry U+0001: it is the one character dropped.
            assertThat(teks(doc, "description")).containsExactly(BERBAHAYA.replace("\u0001", ""));
            assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        }
        // Error descriptions that echo input are escaped too.
        var g = get("/open311/v2/services/%3Cb%3E%26%5D%5D%3E.xml?jurisdiction_id=" + KEC);
        assertThat(g.statusCode()).isEqualTo(404);
        sahXml(g, "errors");
        assertThat(g.body()).doesNotContain("<b>");
    }

    @Test
    void timesAreW3WithTheJakartaOffset() {
        assertThat(Open311Controller.w3(java.time.Instant.parse("2026-11-23T17:30:15.123456Z")))
                .isEqualTo("2026-11-24T00:30:15+07:00");
    }

    /** The contract checks have teeth: documents that break the spec are rejected by the same schemas. */
    @Test
    void theSchemasRejectDocumentsThatBreakTheSpec() throws Exception {
        for (String[] salah : new String[][]{
                {"errors", "[{\"code\":\"403\",\"description\":\"x\"}]"},
                {"service_requests", "[{\"service_request_id\":\"PK-X\",\"status\":\"pending\",\"service_code\":\"A\"}]"},
                {"service_requests", "[{\"service_request_id\":\"PK-X\",\"status\":\"open\",\"service_code\":\"A\","
                        + "\"requested_datetime\":\"2026-11-23T10:00:00\"}]"},
                {"service_requests", "[{\"service_request_id\":\"PK-X\",\"status\":\"open\",\"service_code\":\"A\","
                        + "\"reporter\":\"Siti\"}]"},
                {"post_response", "[{\"service_request_id\":\"PK-X\",\"token\":\"1\"}]"},
                {"services", "[{\"service_code\":\"A\",\"service_name\":\"B\",\"metadata\":false,\"type\":\"later\"}]"}}) {
            Schema s;
            try (var in = getClass().getResourceAsStream("/open311/" + salah[0] + ".schema.json")) {
                s = registri.getSchema(in);
            }
            assertThat(s.validate(salah[1], InputFormat.JSON)).as(salah[1]).isNotEmpty();
        }
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        for (String[] salah : new String[][]{
                {"errors", "<errors/>"},
                {"service_requests", "<service_requests><request><service_request_id>PK-X</service_request_id>"
                        + "<status>open</status><service_code>A</service_code>"
                        + "<requested_datetime>2026-11-23T10:00:00</requested_datetime></request></service_requests>"},
                {"service_requests", "<service_requests><request><service_request_id>PK-X</service_request_id>"
                        + "<status>open</status><service_code>A</service_code><email>a@b.c</email></request></service_requests>"},
                {"tokens", "<service_requests><request><token>1</token></request></service_requests>"}}) {
            var v = sf.newSchema(getClass().getResource("/open311/" + salah[0] + ".xsd")).newValidator();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> v.validate(new StreamSource(
                    new ByteArrayInputStream(salah[1].getBytes(StandardCharsets.UTF_8))))).as(salah[1])
                    .isInstanceOf(SAXException.class);
        }
    }

    // ------------------------------------------------------------------ helpers

    private Map<String, String> layanan(String uraian) {
        var isi = new LinkedHashMap<String, String>();
        isi.put("api_key", apiKey);
        isi.put("jurisdiction_id", KEC);
        isi.put("service_code", "LAYANAN");
        isi.put("address_id", DESA);
        isi.put("description", uraian);
        return isi;
    }

    private String buat(Map<String, String> isi) throws Exception {
        var r = post("json", isi);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return sahJson(r, "post_response").get(0).get("service_request_id").asString();
    }

    private static void assertTanpaIdentitas(String s) {
        assertThat(s).doesNotContain("warga@example.id").doesNotContain("6281234567890").doesNotContain("Siti")
                .doesNotContain("Rahayu").doesNotContain("perangkat-uji").doesNotContain("foto.jpg");
    }

    private static List<String> ids(JsonNode daftar) {
        List<String> hasil = new ArrayList<>();
        daftar.forEach(n -> hasil.add(n.get("service_request_id").asString()));
        return hasil;
    }

    /** Checks an error answer (status, schema of its format) and returns its descriptions. */
    private String galat(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        String jenis = r.headers().firstValue("Content-Type").orElseThrow();
        if (jenis.startsWith("text/xml")) {
            Document doc = sahXml(r, "errors");
            assertThat(teks(doc, "code")).allMatch(c -> c.equals(String.valueOf(status)));
            return String.join(" | ", teks(doc, "description"));
        }
        JsonNode e = sahJson(r, "errors");
        e.forEach(n -> assertThat(n.get("code").asInt()).isEqualTo(status));
        List<String> d = new ArrayList<>();
        e.forEach(n -> d.add(n.get("description").asString()));
        return String.join(" | ", d);
    }

    private JsonNode sahJson(HttpResponse<String> r, String skema) throws IOException {
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        Schema s;
        try (var in = getClass().getResourceAsStream("/open311/" + skema + ".schema.json")) {
            s = registri.getSchema(in);
        }
        var galat = s.validate(r.body(), InputFormat.JSON);
        assertThat(galat).as("%s against %s.schema.json", r.body(), skema).isEmpty();
        return json.readTree(r.body());
    }

    private Document sahXml(HttpResponse<String> r, String xsd) throws Exception {
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("text/xml;charset=UTF-8");
        byte[] isi = r.body().getBytes(StandardCharsets.UTF_8);
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var url = getClass().getResource("/open311/" + xsd + ".xsd");
        var validator = sf.newSchema(url).newValidator();
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(isi)));
        } catch (SAXException e) {
            throw new AssertionError(r.body() + " against " + xsd + ".xsd: " + e.getMessage(), e);
        }
        var dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(isi));
    }

    private static List<String> teks(Document doc, String tag) {
        NodeList n = doc.getElementsByTagName(tag);
        List<String> hasil = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) {
            hasil.add(n.item(i).getTextContent());
        }
        return hasil;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A form-encoded POST, as the spec sends it, with no session and no CSRF token. */
    private HttpResponse<String> post(String format, Map<String, String> isi) throws Exception {
        String body = isi.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/open311/v2/requests." + format))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
