package id.pelita.posyandu.internal.laporan;

import ca.uhn.fhir.context.FhirContext;
import id.pelita.PelitaTest;
import id.pelita.uji.KlienWeb;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The report as users get it: page, PDF and XLSX (parsed back), trend SVG, sending to the district team, the public
 * statistics with small counts suppressed, the FHIR export (parsed back with HAPI), and region scope throughout.
 */
@PelitaTest
class LaporanHalamanTest {

    static final String Q = "?wilayah=" + FiksturLaporan.DESA + "&bulan=2026-09";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;

    @BeforeEach
    void fikstur() {
        FiksturLaporan.pastikan(jdbc);
    }

    @Test
    void halamanPdfXlsxDanTren() throws Exception {
        KlienWeb camat = LokusTest.masuk(port, "camat.concong");
        String halaman = camat.get("/posyandu/laporan" + Q).body();
        assertThat(halaman).contains("data-test=\"s\">6<", "data-test=\"d\">4<", "data-test=\"n\">3<",
                "data-test=\"baru\">2<", "data-test=\"sembuh\">1<", FiksturLaporan.MAWAR);

        var pdf = camat.getBytes("/posyandu/laporan/pdf" + Q);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument d = Loader.loadPDF(pdf.body())) {
            String teks = new PDFTextStripper().getText(d);
            // Narrow columns wrap long names: look for words.
            assertThat(teks).contains("Laporan bulanan posyandu 2026-09", "Sungaiberapit", "Mawar", "Melati", "TELUR");
        }

        var xlsx = camat.getBytes("/posyandu/laporan/xlsx" + Q);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        Map<String, byte[]> isi = unzip(xlsx.body());
        assertThat(isi).containsKeys("xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                "xl/worksheets/sheet3.xml");
        List<String> teks = sharedStrings(isi.get("xl/sharedStrings.xml"));
        Map<String, String> sel = sel(isi.get("xl/worksheets/sheet1.xml"), teks);
        // Row 3 is Sungaiberapit: code, name, lokus, then S K D N.
        assertThat(sel.get("A3")).isEqualTo(FiksturLaporan.DESA);
        assertThat(sel.get("B3")).isEqualTo("Sungaiberapit");
        assertThat(List.of(sel.get("D3"), sel.get("E3"), sel.get("F3"), sel.get("G3"))).containsExactly("6", "4", "4", "3");
        assertThat(sel.get("M3")).as("stunting %").isEqualTo("60.0");

        var svg = camat.get("/posyandu/laporan/tren.svg" + Q);
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg").contains("2026-09: 60.0%", "2026-08: 75.0%");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.body().getBytes()));

        // Region: Reteh's camat may not open Concong's figures.
        KlienWeb reteh = LokusTest.masuk(port, "camat.reteh");
        assertThat(reteh.get("/posyandu/laporan" + Q).statusCode()).isEqualTo(403);
        assertThat(reteh.getBytes("/posyandu/laporan/pdf" + Q).statusCode()).isEqualTo(403);
        assertThat(reteh.get("/posyandu/laporan?bulan=2026-09").body()).doesNotContain(FiksturLaporan.MAWAR);
    }

    @Test
    void dikirimKeTimKabupaten() {
        KlienWeb camat = LokusTest.masuk(port, "camat.concong");
        String asal = "/posyandu/laporan?wilayah=14.04.18&bulan=2026-09";
        var r = camat.postForm(asal, "/posyandu/laporan/kirim", Map.of("wilayah", "14.04.18", "bulan", "2026-09"));
        assertThat(r.statusCode()).isEqualTo(302);
        long id = jdbc.sql("select max(id) from laporan_posyandu_kiriman where wilayah_kode = '14.04.18' "
                + "and dikirim_pada is not null and berkas_nomor is null").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from notifikasi_keluar where kunci_unik = ?")
                .param("laporan-posyandu:" + id + ":tim.inhil").query(Long.class).single()).isEqualTo(1);
        KlienWeb tim = LokusTest.masuk(port, "tim.inhil");
        assertThat(tim.get("/posyandu/laporan/kiriman").body()).contains("/posyandu/laporan/kiriman/" + id + "/pdf");
        assertThat(tim.getBytes("/posyandu/laporan/kiriman/" + id + "/pdf").statusCode()).isEqualTo(200);
        assertThat(tim.getBytes("/posyandu/laporan/kiriman/" + id + "/xlsx").statusCode()).isEqualTo(200);
        KlienWeb reteh = LokusTest.masuk(port, "camat.reteh");
        assertThat(reteh.getBytes("/posyandu/laporan/kiriman/" + id + "/pdf").statusCode()).isEqualTo(404);
        assertThat(reteh.get("/posyandu/laporan/kiriman").body()).doesNotContain("/posyandu/laporan/kiriman/" + id + "/");
        // Staff may not send; a village is not a kecamatan report.
        var staf = LokusTest.masuk(port, "staf.reteh");
        assertThat(staf.postForm("/posyandu/laporan", "/posyandu/laporan/kirim", Map.of("wilayah", "14.04.01",
                "bulan", "2026-09")).statusCode()).isEqualTo(403);
    }

    @Test
    void statistikPublikMenyamarkanAngkaKecil() {
        KlienWeb anonim = new KlienWeb(port);
        var r = anonim.get("/statistik/stunting" + Q);
        assertThat(r.statusCode()).isEqualTo(200);
        // S 6 and D 4 (<5), stunting 3 (<5, its percentage hidden), wasting/underweight/overweight 1 (<5).
        assertThat(r.body()).contains("<td>6</td>", "<td>&lt;5</td>").doesNotContain("60.0%")
                .doesNotContain(FiksturLaporan.MAWAR).doesNotContain("Anak A");
        assertThat(anonim.get("/statistik/stunting?wilayah=14.04.18&bulan=2026-09").body()).contains("Sungaiberapit");
        assertThat(anonim.get("/statistik/stunting?wilayah=31.71.01").statusCode()).isEqualTo(404);
        AngkaPublik a = new AngkaPublik();
        assertThat(List.of(a.tampil(0), a.tampil(1), a.tampil(4), a.tampil(5))).containsExactly("0", "<5", "<5", "5");
        assertThat(a.persen(5, 10)).isEqualTo("50.0%");
        assertThat(a.persen(3, 10)).isEqualTo("–");
        assertThat(a.persen(0, 4)).isEqualTo("–");
    }

    @Test
    void observasiFhirTerstrukturDanPseudonim() throws Exception {
        var jawab = mvc.perform(get("/api/v1/posyandu/observasi?desa=" + FiksturLaporan.DESA + "&bulan=2026-09")
                        .accept("application/fhir+json").with(user(pengguna.loadUserByUsername("camat.concong"))))
                .andReturn().getResponse();
        assertThat(jawab.getStatus()).isEqualTo(200);
        assertThat(jawab.getContentType()).startsWith("application/fhir+json");
        String json = jawab.getContentAsString();
        Bundle b = FhirContext.forR4().newJsonParser().parseResource(Bundle.class, json);
        assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        // Seven measurements in September; five weighed; every one has a length/height.
        assertThat(b.getEntry()).hasSize(12);
        Map<String, Integer> perKode = new HashMap<>();
        Map<String, String> subjek = new HashMap<>();
        for (var e : b.getEntry()) {
            Observation o = (Observation) e.getResource();
            var c = o.getCode().getCodingFirstRep();
            assertThat(c.getSystem()).isEqualTo("http://loinc.org");
            perKode.merge(c.getCode(), 1, Integer::sum);
            Quantity q = o.getValueQuantity();
            assertThat(q.getSystem()).isEqualTo("http://unitsofmeasure.org");
            assertThat(q.getCode()).isEqualTo(c.getCode().equals("29463-7") ? "kg" : "cm");
            assertThat(o.getSubject().getReference()).matches("Patient/[0-9a-f]{32}");
            subjek.put(o.getIdElement().getIdPart(), o.getSubject().getReference());
        }
        // Weight; lying length for the child under two (A4, measured twice); standing height for the others.
        assertThat(perKode).isEqualTo(Map.of("29463-7", 5, "8306-3", 2, "8308-9", 5));
        long a4 = jdbc.sql("select id from anak_kia where nama = 'Anak A4'").query(Long.class).single();
        List<Long> ukurA4 = jdbc.sql("select id from pengukuran_anak where anak_id = ? order by id").param(a4)
                .query(Long.class).list();
        assertThat(subjek.get("tb-" + ukurA4.get(0))).isEqualTo(subjek.get("tb-" + ukurA4.get(1)));
        assertThat(json).doesNotContain("Anak A").doesNotContain("\"" + a4 + "\"");
        assertThat(jdbc.sql("select count(*) from audit_log where jenis_data = 'posyandu-observasi' and data_id = ?")
                .param(FiksturLaporan.DESA + ":2026-09").query(Long.class).single()).isPositive();

        assertThat(mvc.perform(get("/api/v1/posyandu/observasi?desa=" + FiksturLaporan.DESA + "&bulan=2026-09")
                        .accept("application/fhir+json").with(user(pengguna.loadUserByUsername("camat.reteh"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    /** Read through the central directory (ZipFile): fastexcel streams entries with data descriptors. */
    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> hasil = new HashMap<>();
        java.nio.file.Path f = java.nio.file.Files.createTempFile("laporan", ".xlsx");
        try {
            java.nio.file.Files.write(f, zip);
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
                for (var e : java.util.Collections.list(z.entries())) {
                    try (var in = z.getInputStream(e)) {
                        hasil.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
        return hasil;
    }

    static List<String> sharedStrings(byte[] xml) throws Exception {
        if (xml == null) {
            return List.of();
        }
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList si = d.getElementsByTagName("si");
        List<String> hasil = new java.util.ArrayList<>();
        for (int i = 0; i < si.getLength(); i++) {
            hasil.add(si.item(i).getTextContent());
        }
        return hasil;
    }

    /** Cell reference → value (shared strings resolved). */
    static Map<String, String> sel(byte[] xml, List<String> teks) throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList c = d.getElementsByTagName("c");
        Map<String, String> hasil = new HashMap<>();
        for (int i = 0; i < c.getLength(); i++) {
            Element e = (Element) c.item(i);
            String v = e.getElementsByTagName("v").getLength() > 0 ? e.getElementsByTagName("v").item(0).getTextContent()
                    : e.getTextContent();
            hasil.put(e.getAttribute("r"), "s".equals(e.getAttribute("t")) ? teks.get(Integer.parseInt(v)) : v);
        }
        return hasil;
    }
}
