package id.pelita.sop.internal.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pelita.inti.Peran;
import id.pelita.sop.DefinisiSop;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PenyajiDokumenSopTest {

    private static final Pattern SIMBOL = Pattern.compile(
            "data-langkah=\"(\\d+)\" data-kolom=\"(\\d+)\" data-jenis=\"(\\w+)\"");

    private final PenyajiDokumenSop penyaji = new PenyajiDokumenSop();

    @Test
    void pdfIsA4LandscapeWithEveryStepAndColumn() throws Exception {
        for (DefinisiSop sop : List.of(ContohSop.bspps(), ContohSop.ektp())) {
            byte[] pdf = penyaji.pdf(sop);
            Files.write(Path.of("target", "SOP-" + sop.kode() + ".pdf"), pdf);
            try (PDDocument d = Loader.loadPDF(pdf)) {
                for (PDPage p : d.getPages()) {
                    PDRectangle r = p.getMediaBox();
                    assertThat(p.getRotation()).isZero();
                    // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt
                    assertThat(r.getWidth()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
                    assertThat(r.getHeight()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
                }
                String teks = rapat(new PDFTextStripper().getText(d));
                for (DefinisiSop.Langkah l : sop.langkah()) {
                    assertThat(teks).as("step %s", l.no()).contains(rapat(l.kegiatan()));
                    assertThat(teks).contains(rapat(l.output()));
                }
                for (DefinisiSop.Pelaksana p : sop.pelaksana()) {
                    assertThat(teks).as("column %s", p.nama()).contains(rapat(p.nama()));
                }
                for (String s : List.of("Nomor SOP", sop.nomor(), "DASAR HUKUM", "KUALIFIKASI PELAKSANA", "KETERKAITAN",
                        "PERALATAN/PERLENGKAPAN", "PERINGATAN", "PENCATATAN DAN PENDATAAN", "Kelengkapan", "Waktu",
                        "Output", sop.disahkanOleh().nama(), "NIP." + sop.disahkanOleh().nip())) {
                    assertThat(teks).contains(rapat(s));
                }
                assertThat(teks).contains(rapat("Halaman 1 dari " + d.getNumberOfPages()));
                assertThat(fonta(d)).as("only the embedded font").allMatch(f -> f.contains("DejaVuSans"));
            }
        }
    }

    @Test
    void bsppsHasItsTableOnOnePageAndTheDecisionText() throws Exception {
        try (PDDocument d = Loader.loadPDF(penyaji.pdf(ContohSop.bspps()))) {
            assertThat(d.getNumberOfPages()).isEqualTo(2);
            String teks = rapat(new PDFTextStripper().getText(d));
            assertThat(teks).contains(rapat("Keputusan: Berkas lengkap? Ya → lanjut; Tidak → kembali ke langkah 1."));
            assertThat(teks).contains(rapat("15 Januari 2024"));
        }
    }

    @Test
    void twelveStepsBreakAcrossPagesAndRender() throws Exception {
        DefinisiSop sop = ContohSop.ektp();
        penyaji.pdf(sop); // warm-up: fonts and Batik classes
        long mulai = System.nanoTime();
        byte[] pdf = penyaji.pdf(sop);
        long ms = (System.nanoTime() - mulai) / 1_000_000;
        System.out.println("PDF 12 langkah: " + ms + " ms, " + pdf.length + " byte");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            // identity page + the step table on two pages
            assertThat(d.getNumberOfPages()).isEqualTo(3);
            PDFRenderer r = new PDFRenderer(d);
            for (int i = 0; i < 3; i++) {
                BufferedImage img = r.renderImageWithDPI(i, 110);
                ImageIO.write(img, "png", Path.of("target", "SOP-" + sop.kode() + "-" + (i + 1) + ".png").toFile());
                assertThat(gelap(img)).as("page %s has ink", i + 1).isGreaterThan(2000);
            }
            PDFTextStripper halaman = new PDFTextStripper();
            halaman.setStartPage(3);
            halaman.setEndPage(3);
            String terakhir = rapat(halaman.getText(d));
            // The header repeats on the next page with the column names, and step 12 is there.
            assertThat(terakhir).contains(rapat("Kegiatan")).contains(rapat("Kasi Pelayanan"))
                    .contains(rapat("Memfasilitasi penerima bantuan"));
        }
    }

    @Test
    void oneSymbolPerStepInItsColumn() {
        DefinisiSop sop = ContohSop.bspps();
        String html = penyaji.isi(sop);
        List<String[]> simbol = simbol(html);
        assertThat(simbol).hasSize(7);
        List<String> kolom = sop.pelaksana().stream().map(DefinisiSop.Pelaksana::kode).toList();
        for (int i = 0; i < 7; i++) {
            DefinisiSop.Langkah l = sop.langkah().get(i);
            assertThat(simbol.get(i)[0]).isEqualTo(String.valueOf(l.no()));
            assertThat(simbol.get(i)[1]).isEqualTo(String.valueOf(kolom.indexOf(l.pelaksana())));
        }
        assertThat(simbol).extracting(s -> s[2]).containsExactly("terminator", "keputusan", "proses", "proses", "proses",
                "proses", "terminator");
        // six boxes (two of them rounded terminators) and one diamond; no page break, so no connectors
        assertThat(hitung(html, "<rect")).isEqualTo(6);
        assertThat(hitung(html, "rx=\"12.0\"")).isEqualTo(2);
        assertThat(hitung(html, "<polygon")).isEqualTo(1);
        assertThat(hitung(html, "class=\"konektor\"")).isZero();
        // one SVG per table row
        assertThat(hitung(html, "<svg")).isEqualTo(7);
    }

    @Test
    void decisionHasBothLabelsAndTheBranchBack() {
        String html = penyaji.isi(ContohSop.bspps());
        List<String> svg = new ArrayList<>();
        Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            svg.add(m.group());
        }
        String keputusan = svg.get(1);
        assertThat(keputusan).contains("<polygon").contains(">Ya</text>").contains(">Tidak</text>");
        // the "no" branch ends with an arrow into step 1 (row 1 holds a left-pointing arrowhead)...
        assertThat(svg.get(0)).containsPattern("<path d=\"M[0-9.]+ [0-9.]+ V[0-9.]+ H[0-9.]+\"");
        // ...and no other row mentions the labels
        assertThat(svg.get(0) + svg.get(2)).doesNotContain(">Tidak<").doesNotContain(">Ya<");
    }

    @Test
    void pageBreaksGetOffPageConnectorsBothSides() {
        String html = penyaji.isi(ContohSop.ektp());
        assertThat(hitung(html, "bagian-langkah")).isEqualTo(2);
        assertThat(hitung(html, "class=\"konektor\"")).isEqualTo(2);
        assertThat(hitung(html, ">A</text>")).isEqualTo(2);
        assertThat(simbol(html)).hasSize(12);
        // the table header is repeated on the second part
        assertThat(hitung(html, "<th>Kelengkapan</th>")).isEqualTo(2);
    }

    @Test
    void standaloneSvgHasTheWholeFlow() throws Exception {
        String svg = penyaji.svg(ContohSop.ektp());
        assertThat(svg).startsWith("<?xml").contains("xmlns=\"http://www.w3.org/2000/svg\"");
        assertThat(simbol(svg)).hasSize(12);
        assertThat(hitung(svg, "<rect")).isEqualTo(12);
        assertThat(hitung(svg, "<polygon")).isZero();
        assertThat(svg).contains(">Dispendukc").contains(">Camat<");
        xml(svg);
        String bspps = penyaji.svg(ContohSop.bspps());
        assertThat(hitung(bspps, "<polygon")).isEqualTo(1);
        assertThat(bspps).contains(">Ya</text>").contains(">Tidak</text>");
    }

    @Test
    void userTextIsEscapedAndTheDocumentStaysWellFormed() throws Exception {
        DefinisiSop jahat = dengan(ContohSop.bspps("<script>alert('x')</script> & \"kutip\" \u0007"), "Pemohon <b>&</b>");
        String html = penyaji.html(jahat);
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>&</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;kutip&quot;")
                .doesNotContain("\u0007");
        xml(html);
        assertThat(penyaji.svg(jahat)).doesNotContain("<b>&</b>").contains("&lt;b&gt;&amp;&lt;/b&gt;");
        try (PDDocument d = Loader.loadPDF(penyaji.pdf(jahat))) {
            assertThat(rapat(new PDFTextStripper().getText(d))).contains(rapat("<script>alert('x')</script>"));
        }
    }

    @Test
    void unknownColumnIsAClearError() {
        DefinisiSop sop = ContohSop.bspps();
        var langkah = new ArrayList<>(sop.langkah());
        langkah.set(3, new DefinisiSop.Langkah(4, "Paraf", "SEKCAM", List.of(), "5 menit", "x", null, null));
        DefinisiSop salah = new DefinisiSop(sop.kode(), 1, sop.nama(), sop.nomor(), sop.kantor(), sop.unit(),
                sop.kecamatan(), null, null, null, null, null, null, null, null, null, null, sop.pelaksana(), langkah,
                null, null);
        assertThatThrownBy(() -> penyaji.isi(salah)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Langkah 4").hasMessageContaining("SEKCAM");
    }

    @Test
    void emptyIdentityFieldsShowADash() throws Exception {
        DefinisiSop sop = ContohSop.bspps();
        DefinisiSop kosong = new DefinisiSop(sop.kode(), 1, sop.nama(), null, null, null, List.of(), null, null, null,
                null, null, List.of(), null, null, null, null, sop.pelaksana(), sop.langkah(), null, null);
        String html = penyaji.html(kosong);
        xml(html);
        try (PDDocument d = Loader.loadPDF(penyaji.pdf(kosong))) {
            assertThat(d.getNumberOfPages()).isEqualTo(2);
        }
    }

    static DefinisiSop dengan(DefinisiSop sop, String namaPemohon) {
        var pelaksana = new ArrayList<>(sop.pelaksana());
        pelaksana.set(0, new DefinisiSop.Pelaksana("PEMOHON", namaPemohon, Peran.STAF, true));
        return new DefinisiSop(sop.kode(), sop.versi(), sop.nama(), sop.nomor(), sop.kantor(), sop.unit(),
                sop.kecamatan(), sop.tanggalPembuatan(), sop.tanggalRevisi(), sop.tanggalEfektif(), sop.disahkanOleh(),
                sop.dasarHukum(), sop.kualifikasiPelaksana(), sop.keterkaitan(), sop.peralatan(), sop.peringatan(),
                sop.pencatatan(), pelaksana, sop.langkah(), sop.register(), sop.sumber());
    }

    private static void xml(String dokumen) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(
                dokumen.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String[]> simbol(String s) {
        List<String[]> hasil = new ArrayList<>();
        Matcher m = SIMBOL.matcher(s);
        while (m.find()) {
            hasil.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        return hasil;
    }

    private static int hitung(String s, String cari) {
        int n = 0;
        for (int i = s.indexOf(cari); i >= 0; i = s.indexOf(cari, i + cari.length())) {
            n++;
        }
        return n;
    }

    /** Text without any whitespace: the PDF wraps lines (even inside words, in narrow columns). */
    private static String rapat(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static Set<String> fonta(PDDocument d) throws Exception {
        Set<String> nama = new HashSet<>();
        for (PDPage p : d.getPages()) {
            for (COSName n : p.getResources().getFontNames()) {
                nama.add(p.getResources().getFont(n).getName());
            }
        }
        return nama;
    }

    private static long gelap(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    n++;
                }
            }
        }
        return n;
    }
}
