package id.pelita.posyandu.internal.laporan;

import id.pelita.inti.CetakPdf;
import static id.pelita.inti.CetakPdf.x;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The monthly report printed: an A4 landscape PDF (openhtmltopdf, DejaVu Sans embedded as module sop does, so
 * Indonesian text prints everywhere) and an XLSX workbook (fastexcel, streaming writer) with the same figures:
 * totals, per village, per posyandu, interventions.
 */
@Component
class CetakLaporan {

    static final List<String> KOLOM = List.of("S", "K", "D", "N", "K/S %", "D/S %", "N/D %", "Diukur TB/U", "Stunting",
            "Stunting %", "Diukur BB/TB", "Wasting", "Wasting %", "Diukur BB/U", "Underweight", "Underweight %",
            "Overweight", "Overweight %", "Kasus baru", "Kasus tuntas");

    byte[] pdf(LaporanBulanan l) {
        return CetakPdf.dariXhtml(html(l), "Laporan posyandu");
    }

    static String judul(LaporanBulanan l) {
        return "Laporan bulanan posyandu " + l.bulan() + " — " + l.namaWilayah();
    }

    String html(LaporanBulanan l) {
        StringBuilder s = new StringBuilder("<html><head><meta charset=\"utf-8\"/><style>")
                .append("@page{size:A4 landscape;margin:12mm} body{font-family:'DejaVu Sans';font-size:7.5pt}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:8px} td,th{border:1px solid #444;")
                .append("padding:2px;text-align:right} td.n,th.n{text-align:left} h1{font-size:12pt} h2{font-size:10pt}")
                .append("</style></head><body>");
        s.append("<h1>").append(x(judul(l))).append("</h1>");
        s.append("<p>SKDN: S balita (0–59 bulan) terdaftar, K memiliki buku KIA, D ditimbang bulan ini, N berat badan naik. ")
                .append("Stunting TB/U &lt; −2 SD, wasting BB/TB &lt; −2 SD, underweight BB/U &lt; −2 SD, overweight BB/TB &gt; +2 SD ")
                .append("(pengukuran terakhir bulan ini). (L) = desa lokus.</p>");
        s.append("<h2>Per desa/kelurahan</h2>");
        tabel(s, "Desa/kelurahan", l.perDesa(), l.total());
        s.append("<h2>Per posyandu</h2>");
        tabel(s, "Posyandu", l.perPosyandu(), null);
        s.append("<h2>Intervensi berjalan</h2><table><tr><th class=\"n\">Jenis</th><th>Anak</th></tr>");
        l.intervensi().forEach((j, n) -> s.append("<tr><td class=\"n\">").append(x(j)).append("</td><td>").append(n)
                .append("</td></tr>"));
        s.append("<tr><th class=\"n\">Anak dengan intervensi</th><th>").append(l.anakIntervensi()).append("</th></tr></table>");
        return s.append("</body></html>").toString();
    }

    private static void tabel(StringBuilder s, String label, List<LaporanBulanan.Baris> baris, Angka total) {
        s.append("<table><tr><th class=\"n\">").append(label).append("</th>");
        KOLOM.forEach(k -> s.append("<th>").append(x(k)).append("</th>"));
        s.append("</tr>");
        for (LaporanBulanan.Baris b : baris) {
            s.append("<tr><td class=\"n\">").append(x(nama(b))).append("</td>");
            sel(s, b.angka(), "td");
            s.append("</tr>");
        }
        if (total != null) {
            s.append("<tr><th class=\"n\">Jumlah</th>");
            sel(s, total, "th");
            s.append("</tr>");
        }
        s.append("</table>");
    }

    static String nama(LaporanBulanan.Baris b) {
        String n = b.nama() == null ? "Tanpa posyandu (" + b.desaKode() + ")" : b.nama();
        return b.lokus() ? n + " (L)" : n;
    }

    static List<Object> nilai(Angka a) {
        return List.of(a.s(), a.k(), a.d(), a.n(), p(a.kPerS()), p(a.dPerS()), p(a.nPerD()), a.tbuDiukur(), a.pendek(),
                p(a.prevalensiStunting()), a.bbtbDiukur(), a.kurus(), p(a.prevalensiWasting()), a.bbuDiukur(),
                a.beratKurang(), p(a.prevalensiUnderweight()), a.gemuk(), p(a.prevalensiOverweight()), a.baru(), a.sembuh());
    }

    private static Object p(Double d) {
        return d == null ? "–" : d;
    }

    private static void sel(StringBuilder s, Angka a, String tag) {
        for (Object v : nilai(a)) {
            s.append('<').append(tag).append('>').append(v instanceof Double d ? String.format(Locale.ROOT, "%.1f", d)
                    : x(String.valueOf(v))).append("</").append(tag).append('>');
        }
    }

    byte[] xlsx(LaporanBulanan l) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (Workbook wb = new Workbook(out, "Pelita", "1.0")) {
            lembar(wb.newWorksheet("Per desa"), l, "Desa/kelurahan", l.perDesa(), l.total());
            lembar(wb.newWorksheet("Per posyandu"), l, "Posyandu", l.perPosyandu(), null);
            Worksheet iv = wb.newWorksheet("Intervensi");
            iv.value(0, 0, judul(l));
            iv.value(1, 0, "Jenis");
            iv.value(1, 1, "Anak");
            int r = 2;
            for (var e : l.intervensi().entrySet()) {
                iv.value(r, 0, e.getKey());
                iv.value(r++, 1, e.getValue());
            }
            iv.value(r, 0, "Anak dengan intervensi");
            iv.value(r, 1, l.anakIntervensi());
        } catch (IOException e) {
            throw new UncheckedIOException("Laporan posyandu (XLSX) gagal dibuat", e);
        }
        return out.toByteArray();
    }

    private static void lembar(Worksheet ws, LaporanBulanan l, String label, List<LaporanBulanan.Baris> baris, Angka total) {
        ws.value(0, 0, judul(l));
        ws.value(1, 0, "Kode");
        ws.value(1, 1, label);
        ws.value(1, 2, "Lokus");
        for (int i = 0; i < KOLOM.size(); i++) {
            ws.value(1, 3 + i, KOLOM.get(i));
        }
        ws.style(1, 0).bold().set();
        int r = 2;
        for (LaporanBulanan.Baris b : baris) {
            ws.value(r, 0, b.kode().startsWith("-") ? b.desaKode() : b.kode());
            ws.value(r, 1, nama(b));
            ws.value(r, 2, b.lokus() ? "ya" : "");
            isi(ws, r++, b.angka());
        }
        if (total != null) {
            ws.value(r, 0, l.wilayahKode());
            ws.value(r, 1, "Jumlah");
            isi(ws, r, total);
        }
    }

    private static void isi(Worksheet ws, int r, Angka a) {
        List<Object> v = nilai(a);
        for (int i = 0; i < v.size(); i++) {
            Object o = v.get(i);
            if (o instanceof Number n) {
                ws.value(r, 3 + i, n);
            } else {
                ws.value(r, 3 + i, String.valueOf(o));
            }
        }
    }


}
