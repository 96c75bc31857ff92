package id.pelita.posyandu.internal.laporan;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * A village's trend over twelve months as a small server-side SVG (no JavaScript): stunting prevalence and D/S in
 * percent, one point per month, months without data left as gaps.
 */
final class GrafikTren {

    static final int LEBAR = 360;
    static final int TINGGI = 180;
    private static final int KIRI = 30;
    private static final int BAWAH = 24;
    private static final int ATAS = 18;

    record Titik(YearMonth bulan, Double stunting, Double dPerS) {
    }

    private GrafikTren() {
    }

    static String svg(String judul, List<Titik> titik) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(LEBAR).append(' ').append(TINGGI)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(id.pelita.inti.CetakPdf.x(judul))
                .append("\" style=\"font: 9px sans-serif\">");
        s.append("<text x=\"").append(KIRI).append("\" y=\"11\">").append(id.pelita.inti.CetakPdf.x(judul)).append("</text>");
        int tinggiPlot = TINGGI - BAWAH - ATAS;
        for (int p = 0; p <= 100; p += 25) {
            double y = y(p, tinggiPlot);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>",
                    KIRI, LEBAR - 4, y, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>", KIRI - 3, y + 3, p));
        }
        double langkah = (LEBAR - KIRI - 10) / (double) Math.max(1, titik.size() - 1);
        for (int i = 0; i < titik.size(); i++) {
            if (i % 2 == 0 || i == titik.size() - 1) {
                YearMonth b = titik.get(i).bulan();
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%02d/%02d</text>",
                        KIRI + i * langkah, TINGGI - 8, b.getMonthValue(), b.getYear() % 100));
            }
        }
        garis(s, titik, true, langkah, tinggiPlot, "#c53030");
        garis(s, titik, false, langkah, tinggiPlot, "#2b6cb0");
        s.append("<text x=\"").append(LEBAR - 150).append("\" y=\"11\" fill=\"#c53030\">■ stunting</text>");
        s.append("<text x=\"").append(LEBAR - 80).append("\" y=\"11\" fill=\"#2b6cb0\">■ D/S</text>");
        return s.append("</svg>").toString();
    }

    private static void garis(StringBuilder s, List<Titik> titik, boolean stunting, double langkah, int tinggiPlot,
                              String warna) {
        StringBuilder d = new StringBuilder();
        boolean putus = true;
        for (int i = 0; i < titik.size(); i++) {
            Double v = stunting ? titik.get(i).stunting() : titik.get(i).dPerS();
            if (v == null) {
                putus = true;
                continue;
            }
            double x = KIRI + i * langkah;
            double y = y(v, tinggiPlot);
            d.append(putus ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
            putus = false;
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"%s\"><title>%s: %.1f%%</title></circle>",
                    x, y, warna, titik.get(i).bulan(), v));
        }
        if (!d.isEmpty()) {
            s.append("<path fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(warna).append("\" d=\"")
                    .append(d.toString().strip()).append("\"/>");
        }
    }

    private static double y(double persen, int tinggiPlot) {
        return ATAS + tinggiPlot * (1 - Math.min(100, Math.max(0, persen)) / 100.0);
    }
}
