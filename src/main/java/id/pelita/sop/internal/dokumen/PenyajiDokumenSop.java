package id.pelita.sop.internal.dokumen;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.DefinisiSop.Langkah;
import id.pelita.sop.DefinisiSop.Pelaksana;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The official SOP document in the two parts of Permendagri 52/2011: (a) the identity page and (b) the step
 * table with the flowchart drawn in the role columns. Built as XHTML by hand (every user text escaped with
 * {@link Xml}), shown as a web page, and rendered to PDF by openhtmltopdf with the embedded DejaVu font.
 */
@Component
class PenyajiDokumenSop {

    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
    static final String GAYA = bacaGaya();
    /** What only the PDF needs: the footer in the page margin (browsers ignore margin boxes). */
    private static final String GAYA_PDF = """
            @page { @bottom-left { content: element(kaki); vertical-align: top; }
                    @bottom-right { content: "Halaman " counter(page) " dari " counter(pages);
                        font-family: 'DejaVu Sans'; font-size: 7pt; vertical-align: top; } }
            body { margin: 0; }
            .kaki { position: running(kaki); font-family: 'DejaVu Sans'; font-size: 7pt; }
            """;

    /** The document as one XHTML page, as the PDF renderer reads it. */
    String html(DefinisiSop sop) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\"><head>"
                + "<meta charset=\"UTF-8\"/><title>" + Xml.teks(judul(sop)) + "</title><style>\n" + GAYA + GAYA_PDF
                + "</style></head><body><div class=\"kaki\">" + Xml.teks(judul(sop)) + "</div>" + isi(sop)
                + "</body></html>\n";
    }

    /** The document body: a {@code div.dok-sop} fragment (XHTML), for the web page and the PDF. */
    String isi(DefinisiSop sop) {
        TataLetak tata = new TataLetak(sop);
        GambarAlur alur = new GambarAlur(sop, tata);
        StringBuilder s = new StringBuilder(16_384);
        s.append("<div class=\"dok-sop\">");
        identitas(sop, s);
        langkah(sop, tata, alur, s);
        return s.append("</div>").toString();
    }

    /** The whole flowchart as one standalone SVG document. */
    String svg(DefinisiSop sop) {
        return new GambarAlur(sop, new TataLetak(sop)).utuh();
    }

    byte[] pdf(DefinisiSop sop) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useSVGDrawer(new BatikSVGDrawer());
            b.useFont(HurufDokumen::biasa, HurufDokumen.KELUARGA, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(HurufDokumen::tebal, HurufDokumen.KELUARGA, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            b.withHtmlContent(html(sop), null);
            b.withProducer("Pelita");
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF SOP " + sop.kode() + " gagal dibuat", e);
        }
        return out.toByteArray();
    }

    static String judul(DefinisiSop sop) {
        return "SOP " + TataLetak.nz(sop.nomor()) + " — " + TataLetak.nz(sop.nama());
    }

    private void identitas(DefinisiSop sop, StringBuilder s) {
        s.append("<table class=\"identitas\"><colgroup><col style=\"width:452px\"/><col style=\"width:150px\"/>")
                .append("<col style=\"width:408px\"/></colgroup><tbody>");
        s.append("<tr><td class=\"kantor\" rowspan=\"6\"><div>").append(x(upper(sop.kantor()))).append("</div>")
                .append("<div class=\"unit\">").append(x(upper(sop.unit()))).append("</div></td>");
        s.append("<th>Nomor SOP</th><td>").append(x(sop.nomor())).append("</td></tr>");
        s.append("<tr><th>Tanggal Pembuatan</th><td>").append(tanggal(sop.tanggalPembuatan())).append("</td></tr>");
        s.append("<tr><th>Tanggal Revisi</th><td>").append(tanggal(sop.tanggalRevisi())).append("</td></tr>");
        s.append("<tr><th>Tanggal Efektif</th><td>").append(tanggal(sop.tanggalEfektif())).append("</td></tr>");
        s.append("<tr><th>Disahkan oleh</th><td>");
        DefinisiSop.Pengesah p = sop.disahkanOleh();
        if (p == null) {
            s.append("-");
        } else {
            s.append("<div>").append(x(upper(p.jabatan()))).append("</div><div class=\"ttd\"></div>")
                    .append("<div><b>").append(x(p.nama())).append("</b></div>");
            if (p.pangkat() != null && !p.pangkat().isBlank()) {
                s.append("<div>").append(x(p.pangkat())).append("</div>");
            }
            if (p.nip() != null && !p.nip().isBlank()) {
                s.append("<div>NIP. ").append(x(p.nip())).append("</div>");
            }
        }
        s.append("</td></tr>");
        s.append("<tr><th>Nama SOP</th><td><b>").append(x(upper(sop.nama()))).append("</b></td></tr>");
        s.append("</tbody></table>");

        s.append("<table class=\"bagian\"><colgroup><col style=\"width:515px\"/><col style=\"width:515px\"/></colgroup><tbody>");
        bagian(s, "Dasar Hukum", daftar(sop.dasarHukum()), "Kualifikasi Pelaksana", daftar(sop.kualifikasiPelaksana()));
        bagian(s, "Keterkaitan", daftar(sop.keterkaitan()), "Peralatan/Perlengkapan", daftar(sop.peralatan()));
        bagian(s, "Peringatan", paragraf(sop.peringatan()), "Pencatatan dan Pendataan", daftar(sop.pencatatan()));
        s.append("</tbody></table>");
    }

    private static void bagian(StringBuilder s, String kiri, String isiKiri, String kanan, String isiKanan) {
        s.append("<tr><th>").append(kiri).append("</th><th>").append(kanan).append("</th></tr>");
        s.append("<tr><td>").append(isiKiri).append("</td><td>").append(isiKanan).append("</td></tr>");
    }

    private void langkah(DefinisiSop sop, TataLetak tata, GambarAlur alur, StringBuilder s) {
        List<Langkah> langkah = sop.langkah();
        List<Integer> awal = tata.awalHalaman();
        for (int p = 0; p < awal.size(); p++) {
            int dari = awal.get(p);
            int sampai = p + 1 < awal.size() ? awal.get(p + 1) : langkah.size();
            s.append("<div class=\"halaman-baru bagian-langkah\">");
            if (p == 0) {
                s.append("<div class=\"judul\">STANDAR OPERASIONAL PROSEDUR (SOP)<br/>").append(x(upper(sop.nama())))
                        .append("</div>");
            }
            kepala(sop, tata, s);
            s.append("<tbody>");
            for (int i = dari; i < sampai; i++) {
                baris(sop, langkah.get(i), i, tata, alur, s);
            }
            s.append("</tbody></table></div>");
        }
    }

    private static void kepala(DefinisiSop sop, TataLetak tata, StringBuilder s) {
        List<Pelaksana> peran = sop.pelaksana();
        s.append("<table class=\"langkah\"><colgroup>");
        kolom(s, TataLetak.NO);
        kolom(s, TataLetak.KEGIATAN);
        double sisa = TataLetak.LEBAR - TataLetak.NO - TataLetak.KEGIATAN - TataLetak.KELENGKAPAN - TataLetak.WAKTU
                - TataLetak.OUTPUT - TataLetak.KET;
        for (int k = 0; k < peran.size(); k++) {
            // The last role column takes the rounding rest so the table stays exactly LEBAR wide.
            kolom(s, k < peran.size() - 1 ? tata.lebarPeran() : sisa - tata.lebarPeran() * (peran.size() - 1));
        }
        kolom(s, TataLetak.KELENGKAPAN);
        kolom(s, TataLetak.WAKTU);
        kolom(s, TataLetak.OUTPUT);
        kolom(s, TataLetak.KET);
        s.append("</colgroup><thead><tr><th rowspan=\"2\">No</th><th rowspan=\"2\">Kegiatan</th><th colspan=\"")
                .append(peran.size()).append("\">Pelaksana</th><th colspan=\"3\">Mutu Baku</th><th rowspan=\"2\">Ket</th></tr><tr>");
        for (Pelaksana p : peran) {
            s.append("<th>").append(x(p.nama())).append("</th>");
        }
        s.append("<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr></thead>");
    }

    private static void kolom(StringBuilder s, double lebar) {
        s.append("<col style=\"width:").append(GambarAlur.f(lebar)).append("px\"/>");
    }

    private static void baris(DefinisiSop sop, Langkah l, int i, TataLetak tata, GambarAlur alur, StringBuilder s) {
        s.append("<tr><td class=\"no\">").append(l.no()).append("</td><td class=\"kegiatan\">");
        List<String> kegiatan = TataLetak.teksKegiatan(l, sop);
        s.append(x(kegiatan.get(0)));
        if (kegiatan.size() > 1) {
            s.append("<div class=\"keputusan\">").append(x(kegiatan.get(1))).append("</div>");
        }
        s.append("</td><td class=\"alur\" colspan=\"").append(sop.pelaksana().size()).append("\">")
                .append(alur.baris(i)).append("</td><td class=\"kelengkapan\">");
        if (l.kelengkapan() != null) {
            for (String k : l.kelengkapan()) {
                s.append("<div>").append(x(k)).append("</div>");
            }
        }
        s.append("</td><td class=\"waktu\">").append(x(l.waktu())).append("</td><td class=\"output\">")
                .append(x(l.output())).append("</td><td class=\"ket\">").append(x(l.keterangan())).append("</td></tr>");
    }

    private static String daftar(List<String> isi) {
        if (isi == null || isi.isEmpty()) {
            return "-";
        }
        StringBuilder s = new StringBuilder("<ol>");
        isi.forEach(b -> s.append("<li>").append(x(b)).append("</li>"));
        return s.append("</ol>").toString();
    }

    private static String paragraf(String teks) {
        return teks == null || teks.isBlank() ? "-" : x(teks);
    }

    private static String tanggal(LocalDate t) {
        return t == null ? "-" : TANGGAL.format(t);
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.forLanguageTag("id"));
    }

    private static String x(String s) {
        return Xml.teks(s);
    }

    private static String bacaGaya() {
        try (InputStream in = PenyajiDokumenSop.class.getResourceAsStream("/static/css/sop-dokumen.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
