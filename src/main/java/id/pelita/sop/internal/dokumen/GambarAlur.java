package id.pelita.sop.internal.dokumen;

import id.pelita.sop.DefinisiSop;
import id.pelita.sop.DefinisiSop.Langkah;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the flowchart in the role columns, one SVG per table row, so rows may break across pages freely:
 * each row draws its symbol in the acting role's column and the connector pieces inside the row — the line
 * coming in from the top edge (an elbow when the previous step is in another column), the line going out at
 * the bottom edge, and the vertical run of every "no" branch passing through. Where a page break falls
 * between two steps, an off-page connector (a pentagon with a letter) ends one page and starts the next.
 */
final class GambarAlur {

    static final String NS = "http://www.w3.org/2000/svg";
    private static final double TINGGI_KOTAK = 24;
    private static final double TINGGI_BELAH = 32;
    private static final double PANAH = 6;
    /** Off-page connector: 16 px wide, 14 px high, 2 px from the row edge. */
    private static final double TINGGI_KONEKTOR = 14;

    private enum Jenis { TERMINATOR, PROSES, KEPUTUSAN }

    /** A "no" branch from row {@code dari} to row {@code ke}, running vertically at x = {@code jalur}. */
    private record Cabang(int dari, int ke, double jalur, String label) {
    }

    private final DefinisiSop sop;
    private final TataLetak tata;
    private final int[] kolom;
    private final List<Cabang> cabang = new ArrayList<>();

    GambarAlur(DefinisiSop sop, TataLetak tata) {
        this.sop = sop;
        this.tata = tata;
        List<Langkah> langkah = sop.langkah();
        kolom = new int[langkah.size()];
        for (int i = 0; i < langkah.size(); i++) {
            String kode = langkah.get(i).pelaksana();
            int k = -1;
            for (int j = 0; j < sop.pelaksana().size(); j++) {
                if (sop.pelaksana().get(j).kode().equals(kode)) {
                    k = j;
                }
            }
            if (k < 0) {
                throw new IllegalArgumentException("Langkah " + langkah.get(i).no() + ": pelaksana \"" + kode
                        + "\" tidak ada di kolom pelaksana SOP " + sop.kode());
            }
            kolom[i] = k;
        }
        for (int i = 0; i < langkah.size(); i++) {
            DefinisiSop.Keputusan kp = langkah.get(i).keputusan();
            if (kp == null) {
                continue;
            }
            for (int j = 0; j < langkah.size(); j++) {
                if (langkah.get(j).no() == kp.jikaTidak() && j != i) {
                    // Lanes from the right edge inwards, 7 px apart, so branches never overlap.
                    double jalur = Math.max(4, tata.lebarAlur() - 6 - 7 * cabang.size());
                    cabang.add(new Cabang(i, j, jalur, TataLetak.labelTidak(kp)));
                }
            }
        }
    }

    /** The SVG element of table row {@code i} (0-based), as tall as the row. */
    String baris(int i) {
        double w = tata.lebarAlur();
        double h = tata.tinggi(i);
        // The size also as CSS: the PDF renderer sizes the replaced box from CSS, not from the attributes.
        return "<svg xmlns=\"" + NS + "\" class=\"alur\" width=\"" + f(w) + "\" height=\"" + f(h)
                + "\" style=\"width:" + f(w) + "px;height:" + f(h) + "px\" viewBox=\"0 0 " + f(w) + " " + f(h) + "\">" + isiBaris(i, h, tata.putusSebelum(i),
                tata.putusSesudah(i)) + "</svg>";
    }

    /** The whole flowchart as one standalone SVG document: role headings, then every row, no page breaks. */
    String utuh() {
        double w = tata.lebarAlur();
        double wk = tata.lebarPeran();
        int n = sop.pelaksana().size();
        List<List<String>> judul = new ArrayList<>();
        int barisJudul = 1;
        for (DefinisiSop.Pelaksana p : sop.pelaksana()) {
            List<String> b = HurufDokumen.bungkus(TataLetak.nz(p.nama()), wk - 8, 9, true);
            judul.add(b);
            barisJudul = Math.max(barisJudul, b.size());
        }
        double hk = barisJudul * 11 + 10;
        double total = hk;
        for (int i = 0; i < sop.langkah().size(); i++) {
            total += tata.tinggi(i);
        }
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"").append(NS).append("\" width=\"").append(f(w + 2)).append("\" height=\"")
                .append(f(total + 2)).append("\" viewBox=\"-1 -1 ").append(f(w + 2)).append(' ')
                .append(f(total + 2)).append("\">");
        s.append("<title>").append(Xml.teks(sop.nama())).append("</title>");
        s.append("<path d=\"M0 0 H").append(f(w)).append(" V").append(f(total)).append(" H0 Z\" fill=\"#fff\" stroke=\"#000\"/>");
        for (int k = 0; k < n; k++) {
            List<String> b = judul.get(k);
            for (int j = 0; j < b.size(); j++) {
                s.append(teks(wk * k + wk / 2, 14 + j * 11, 9, "middle", true, b.get(j)));
            }
        }
        s.append(garis(0, hk, w, hk));
        double y = hk;
        for (int i = 0; i < sop.langkah().size(); i++) {
            double h = tata.tinggi(i);
            s.append("<g transform=\"translate(0,").append(f(y)).append(")\">")
                    .append(isiBaris(i, h, false, false)).append("</g>");
            y += h;
        }
        for (int k = 1; k < n; k++) {
            s.append(garis(wk * k, 0, wk * k, hk));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private String isiBaris(int i, double h, boolean putusSebelum, boolean putusSesudah) {
        StringBuilder s = new StringBuilder();
        double wk = tata.lebarPeran();
        for (int k = 1; k < sop.pelaksana().size(); k++) {
            s.append(garis(wk * k, 0, wk * k, h));
        }
        int akhir = sop.langkah().size() - 1;
        double x = cx(i);
        double cy = h / 2;
        double atas = cy - setengahTinggi(i);
        double bawah = cy + setengahTinggi(i);
        if (i > 0) {
            if (putusSebelum) {
                s.append(konektor(x, 2, hurufPutus(i)));
                s.append(garis(x, 2 + TINGGI_KONEKTOR, x, atas)).append(panahBawah(x, atas));
            } else if (kolom[i - 1] == kolom[i]) {
                s.append(garis(x, 0, x, atas)).append(panahBawah(x, atas));
            } else {
                double siku = atas / 2;
                s.append(jalur("M" + f(cx(i - 1)) + " 0 V" + f(siku) + " H" + f(x) + " V" + f(atas)))
                        .append(panahBawah(x, atas));
            }
        }
        if (i < akhir) {
            if (putusSesudah) {
                s.append(garis(x, bawah, x, h - 2 - TINGGI_KONEKTOR));
                s.append(konektor(x, h - 2 - TINGGI_KONEKTOR, hurufPutus(i + 1)));
            } else {
                s.append(garis(x, bawah, x, h));
            }
            DefinisiSop.Keputusan kp = sop.langkah().get(i).keputusan();
            if (kp != null) {
                s.append(teks(x + 4, bawah + 10, 8, "start", false, TataLetak.labelYa(kp)));
            }
        }
        for (Cabang c : cabang) {
            int lo = Math.min(c.dari(), c.ke());
            int hi = Math.max(c.dari(), c.ke());
            if (i < lo || i > hi) {
                continue;
            }
            boolean mundur = c.ke() < c.dari();
            double L = c.jalur();
            if (i == c.dari()) {
                double ujung = x + setengahLebar(i);
                s.append(jalur("M" + f(ujung) + " " + f(cy) + " H" + f(L) + " V" + f(mundur ? 0 : h)));
                // The label sits above the line next to the vertex, or left of the lane when that is close.
                double lebarLabel = HurufDokumen.lebar(c.label(), 8, false);
                double lx = ujung + 3 + lebarLabel <= L - 2 ? ujung + 3 : Math.max(ujung + 1, L - 2 - lebarLabel);
                s.append(teks(lx, cy - 4, 8, "start", false, c.label()));
            } else if (i == c.ke()) {
                double ujung = x + setengahLebar(i);
                s.append(jalur("M" + f(L) + " " + f(mundur ? h : 0) + " V" + f(cy) + " H" + f(ujung)))
                        .append(panahKiri(ujung, cy));
            } else {
                s.append(garis(L, 0, L, h));
            }
        }
        s.append(simbol(i, x, cy, atas));
        return s.toString();
    }

    private String simbol(int i, double x, double cy, double atas) {
        Langkah l = sop.langkah().get(i);
        Jenis j = jenis(i);
        StringBuilder s = new StringBuilder();
        s.append("<g class=\"simbol\" data-langkah=\"").append(l.no()).append("\" data-kolom=\"")
                .append(kolom[i]).append("\" data-jenis=\"").append(j.name().toLowerCase(Locale.ROOT)).append("\">");
        double sl = setengahLebar(i);
        switch (j) {
            case KEPUTUSAN -> s.append("<polygon points=\"").append(f(x)).append(',').append(f(atas)).append(' ')
                    .append(f(x + sl)).append(',').append(f(cy)).append(' ').append(f(x)).append(',')
                    .append(f(cy + TINGGI_BELAH / 2)).append(' ').append(f(x - sl)).append(',').append(f(cy))
                    .append("\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.2\"/>");
            case TERMINATOR, PROSES -> s.append("<rect x=\"").append(f(x - sl)).append("\" y=\"").append(f(atas))
                    .append("\" width=\"").append(f(2 * sl)).append("\" height=\"").append(f(TINGGI_KOTAK))
                    .append("\" rx=\"").append(j == Jenis.TERMINATOR ? f(TINGGI_KOTAK / 2) : "0")
                    .append("\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.2\"/>");
        }
        s.append(teks(x, cy + 3.5, 9, "middle", false, String.valueOf(l.no())));
        return s.append("</g>").toString();
    }

    private Jenis jenis(int i) {
        if (sop.langkah().get(i).keputusan() != null) {
            return Jenis.KEPUTUSAN;
        }
        return i == 0 || i == sop.langkah().size() - 1 ? Jenis.TERMINATOR : Jenis.PROSES;
    }

    private double setengahLebar(int i) {
        double wk = tata.lebarPeran();
        return jenis(i) == Jenis.KEPUTUSAN ? Math.max(14, Math.min(30, (wk - 16) / 2))
                : Math.max(12, Math.min(32, (wk - 20) / 2));
    }

    private double setengahTinggi(int i) {
        return jenis(i) == Jenis.KEPUTUSAN ? TINGGI_BELAH / 2 : TINGGI_KOTAK / 2;
    }

    private double cx(int i) {
        return tata.lebarPeran() * kolom[i] + tata.lebarPeran() / 2;
    }

    /** Letter of the page break before row {@code i}: A for the first break, B for the second... */
    private String hurufPutus(int i) {
        int ke = tata.awalHalaman().indexOf(i);
        return ke >= 1 && ke <= 26 ? String.valueOf((char) ('A' + ke - 1)) : String.valueOf(sop.langkah().get(i).no());
    }

    /** Off-page connector: a pentagon pointing down with its letter. */
    private static String konektor(double x, double y, String huruf) {
        double b = y + TINGGI_KONEKTOR;
        return "<polygon class=\"konektor\" points=\"" + f(x - 8) + "," + f(y) + " " + f(x + 8) + "," + f(y) + " "
                + f(x + 8) + "," + f(b - 5) + " " + f(x) + "," + f(b) + " " + f(x - 8) + "," + f(b - 5)
                + "\" fill=\"#fff\" stroke=\"#000\"/>" + teks(x, y + 8, 7.5, "middle", true, huruf);
    }

    private static String garis(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2)
                + "\" stroke=\"#000\" stroke-width=\"1\"/>";
    }

    private static String jalur(String d) {
        return "<path d=\"" + d + "\" fill=\"none\" stroke=\"#000\" stroke-width=\"1\"/>";
    }

    private static String panahBawah(double x, double y) {
        return "<path d=\"M" + f(x - 3.5) + " " + f(y - PANAH) + " L" + f(x) + " " + f(y) + " L" + f(x + 3.5) + " "
                + f(y - PANAH) + " Z\" fill=\"#000\"/>";
    }

    private static String panahKiri(double x, double y) {
        return "<path d=\"M" + f(x + PANAH) + " " + f(y - 3.5) + " L" + f(x) + " " + f(y) + " L" + f(x + PANAH) + " "
                + f(y + 3.5) + " Z\" fill=\"#000\"/>";
    }

    private static String teks(double x, double y, double ukuran, String jangkar, boolean tebal, String isi) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" font-family=\"" + HurufDokumen.KELUARGA
                + "\" font-size=\"" + f(ukuran) + "\" text-anchor=\"" + jangkar + "\""
                + (tebal ? " font-weight=\"bold\"" : "") + ">" + Xml.teks(isi) + "</text>";
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
