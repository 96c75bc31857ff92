package id.pelita.antropometri.internal;

import id.pelita.antropometri.HasilZskor;
import id.pelita.antropometri.Indikator;
import id.pelita.antropometri.Kelamin;
import id.pelita.antropometri.Pengukuran;
import id.pelita.antropometri.TitikGrafik;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A growth chart like the KMS card, as standalone SVG: WHO curves −3, −2, 0, +2, +3 SD (computed from L, M, S
 * at every table row) and the child's points joined in date order. Black and white printable: the ±3 SD lines
 * are solid black, ±2 SD dashed red, the median solid green.
 */
final class GrafikSvg {

    private static final int LEBAR = 720;
    private static final int TINGGI = 480;
    private static final int KIRI = 56;
    private static final int KANAN = 36;
    private static final int ATAS = 44;
    private static final int BAWAH = 52;
    private static final int[] Z = {-3, -2, 0, 2, 3};

    private final TabelWho tabel;

    GrafikSvg(TabelWho tabel) {
        this.tabel = tabel;
    }

    private record Titik(double x, double y) {
    }

    private record Kurva(int z, List<Titik> titik) {
    }

    String gambar(Indikator indikator, Kelamin kelamin, LocalDate lahir, List<TitikGrafik> masukan) {
        if (indikator == null || kelamin == null || lahir == null) {
            throw new IllegalArgumentException("indikator, kelamin dan tanggal lahir wajib");
        }
        KalkulatorWho hitung = new KalkulatorWho(tabel);
        List<TitikGrafik> urut = new ArrayList<>(masukan == null ? List.of() : masukan);
        urut.removeIf(t -> t == null || t.tanggal() == null || t.tanggal().isBefore(lahir));
        urut.sort(Comparator.comparing(TitikGrafik::tanggal));

        List<Titik> anak = new ArrayList<>();
        double umurMaks = 0;
        boolean terakhirBawah24 = true;
        for (TitikGrafik t : urut) {
            Pengukuran p = Pengukuran.dariTanggal(kelamin, lahir, t.tanggal(), t.beratKg(), t.panjangCm(), t.caraUkur(), false);
            if (p.umurBulan() > KalkulatorWho.UMUR_MAKS_BULAN) {
                continue;
            }
            HasilZskor h = hitung.hitung(p);
            double bulan = p.umurBulanPecahan();
            Titik titik = switch (indikator) {
                case BB_U -> p.umurBulan() <= 60 && t.beratKg() != null ? new Titik(bulan, t.beratKg()) : null;
                case TB_U -> h.panjangDipakaiCm() != null ? new Titik(bulan, h.panjangDipakaiCm()) : null;
                case IMT_U -> h.imt() != null ? new Titik(bulan, h.imt()) : null;
                case BB_TB -> p.umurBulan() <= 60 && h.panjangDipakaiCm() != null && t.beratKg() != null
                        ? new Titik(h.panjangDipakaiCm(), t.beratKg()) : null;
            };
            if (titik != null) {
                anak.add(titik);
                umurMaks = Math.max(umurMaks, bulan);
                terakhirBawah24 = p.umurBulan() < 24;
            }
        }

        double xMin;
        double xMaks;
        List<Kurva> kurva = new ArrayList<>();
        String judulX;
        if (indikator == Indikator.BB_TB) {
            TabelLms t = tabel.tabel(terakhirBawah24 ? TabelWho.Jenis.BB_PB : TabelWho.Jenis.BB_TB, kelamin);
            xMin = t.awal();
            xMaks = t.akhir();
            tambahKurva(kurva, t, xMin, xMaks);
            judulX = terakhirBawah24 ? "Panjang badan (cm)" : "Tinggi badan (cm)";
        } else {
            xMin = 0;
            xMaks = 60;
            if (indikator != Indikator.BB_U && umurMaks > 60) {
                xMaks = Math.min(KalkulatorWho.UMUR_MAKS_BULAN, Math.ceil(umurMaks / 12.0) * 12);
            }
            if (indikator == Indikator.BB_U) {
                tambahKurva(kurva, tabel.tabel(TabelWho.Jenis.BB_U, kelamin), 0, 60);
            } else {
                TabelWho.Jenis baring = indikator == Indikator.TB_U ? TabelWho.Jenis.TB_U_TELENTANG : TabelWho.Jenis.IMT_U_TELENTANG;
                TabelWho.Jenis diri = indikator == Indikator.TB_U ? TabelWho.Jenis.TB_U_BERDIRI : TabelWho.Jenis.IMT_U_BERDIRI;
                TabelWho.Jenis lima = indikator == Indikator.TB_U ? TabelWho.Jenis.TB_U_2007 : TabelWho.Jenis.IMT_U_2007;
                tambahKurva(kurva, tabel.tabel(baring, kelamin), 0, 24);
                tambahKurva(kurva, tabel.tabel(diri, kelamin), 24, Math.min(60, xMaks));
                if (xMaks > 60) {
                    tambahKurva(kurva, tabel.tabel(lima, kelamin), 61, xMaks);
                }
            }
            judulX = "Umur (bulan)";
        }

        double yMin = Double.MAX_VALUE;
        double yMaks = -Double.MAX_VALUE;
        for (Kurva k : kurva) {
            for (Titik t : k.titik()) {
                yMin = Math.min(yMin, t.y());
                yMaks = Math.max(yMaks, t.y());
            }
        }
        for (Titik t : anak) {
            if (t.x() >= xMin && t.x() <= xMaks) {
                yMin = Math.min(yMin, t.y());
                yMaks = Math.max(yMaks, t.y());
            }
        }
        double langkahY = langkah(yMaks - yMin);
        yMin = Math.floor(yMin / langkahY) * langkahY;
        yMaks = Math.ceil(yMaks / langkahY) * langkahY;
        Skala s = new Skala(xMin, xMaks, yMin, yMaks);

        StringBuilder svg = new StringBuilder(16_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(LEBAR).append(' ').append(TINGGI)
                .append("\" width=\"100%\" role=\"img\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">\n");
        String judul = judul(indikator) + " — " + (kelamin == Kelamin.LAKI_LAKI ? "Laki-laki" : "Perempuan")
                + " (WHO, garis −3, −2, 0, +2, +3 SD)";
        svg.append("<title>").append(judul).append("</title>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(LEBAR).append("\" height=\"").append(TINGGI)
                .append("\" fill=\"#fff\"/>\n");
        svg.append("<text x=\"").append(KIRI).append("\" y=\"24\" font-size=\"14\" font-weight=\"bold\">")
                .append(judul).append("</text>\n");
        // grid and axes
        svg.append("<g stroke=\"#ddd\" stroke-width=\"0.5\">\n");
        double langkahX = indikator == Indikator.BB_TB ? 5 : (xMaks - xMin > 72 ? 12 : 6);
        for (double x = Math.ceil(xMin / langkahX) * langkahX; x <= xMaks + 1e-9; x += langkahX) {
            svg.append("<line x1=\"").append(f(s.x(x))).append("\" y1=\"").append(ATAS).append("\" x2=\"").append(f(s.x(x)))
                    .append("\" y2=\"").append(TINGGI - BAWAH).append("\"/>\n");
        }
        for (double y = yMin; y <= yMaks + 1e-9; y += langkahY) {
            svg.append("<line x1=\"").append(KIRI).append("\" y1=\"").append(f(s.y(y))).append("\" x2=\"")
                    .append(LEBAR - KANAN).append("\" y2=\"").append(f(s.y(y))).append("\"/>\n");
        }
        svg.append("</g>\n<g fill=\"#333\">\n");
        for (double x = Math.ceil(xMin / langkahX) * langkahX; x <= xMaks + 1e-9; x += langkahX) {
            svg.append("<text x=\"").append(f(s.x(x))).append("\" y=\"").append(TINGGI - BAWAH + 14)
                    .append("\" text-anchor=\"middle\">").append(KalkulatorWho.angka(x)).append("</text>\n");
        }
        for (double y = yMin; y <= yMaks + 1e-9; y += langkahY) {
            svg.append("<text x=\"").append(KIRI - 4).append("\" y=\"").append(f(s.y(y) + 4))
                    .append("\" text-anchor=\"end\">").append(KalkulatorWho.angka(y)).append("</text>\n");
        }
        svg.append("<text x=\"").append(f((KIRI + LEBAR - KANAN) / 2.0)).append("\" y=\"").append(TINGGI - 14)
                .append("\" text-anchor=\"middle\">").append(judulX).append("</text>\n");
        svg.append("<text transform=\"translate(14,").append(f((ATAS + TINGGI - BAWAH) / 2.0))
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(judulY(indikator)).append("</text>\n");
        svg.append("</g>\n<rect x=\"").append(KIRI).append("\" y=\"").append(ATAS).append("\" width=\"")
                .append(LEBAR - KIRI - KANAN).append("\" height=\"").append(TINGGI - ATAS - BAWAH)
                .append("\" fill=\"none\" stroke=\"#333\"/>\n");
        // WHO curves
        svg.append("<g fill=\"none\">\n");
        for (Kurva k : kurva) {
            svg.append("<polyline class=\"sd").append(k.z() < 0 ? "m" + (-k.z()) : String.valueOf(k.z()))
                    .append("\" data-z=\"").append(k.z()).append("\" ").append(gaya(k.z())).append(" points=\"");
            for (Titik t : k.titik()) {
                svg.append(f(s.x(t.x()))).append(',').append(f(s.y(t.y()))).append(' ');
            }
            svg.append("\"/>\n");
        }
        svg.append("</g>\n<g font-size=\"10\">\n");
        for (Kurva k : kurva) {
            if (k.titik().isEmpty() || k.titik().get(k.titik().size() - 1).x() < xMaks - 1e-9) {
                continue;
            }
            Titik akhir = k.titik().get(k.titik().size() - 1);
            svg.append("<text x=\"").append(f(s.x(akhir.x()) + 3)).append("\" y=\"").append(f(s.y(akhir.y()) + 3))
                    .append("\">").append(k.z() > 0 ? "+" + k.z() : String.valueOf(k.z())).append("</text>\n");
        }
        svg.append("</g>\n");
        // the child's points
        double xa = xMin;
        double xb = xMaks;
        List<Titik> tampil = anak.stream().filter(t -> t.x() >= xa - 1e-9 && t.x() <= xb + 1e-9).toList();
        if (tampil.size() > 1) {
            svg.append("<polyline class=\"anak\" fill=\"none\" stroke=\"#1f4e99\" stroke-width=\"1.8\" points=\"");
            for (Titik t : tampil) {
                svg.append(f(s.x(t.x()))).append(',').append(f(s.y(t.y()))).append(' ');
            }
            svg.append("\"/>\n");
        }
        for (Titik t : tampil) {
            svg.append("<circle class=\"titik\" cx=\"").append(f(s.x(t.x()))).append("\" cy=\"").append(f(s.y(t.y())))
                    .append("\" r=\"3.5\" fill=\"#1f4e99\" stroke=\"#fff\" stroke-width=\"1\"><title>")
                    .append(KalkulatorWho.angka(t.x())).append(" ; ").append(KalkulatorWho.angka(t.y()))
                    .append("</title></circle>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void tambahKurva(List<Kurva> kurva, TabelLms t, double dari, double sampai) {
        double[] lms = new double[3];
        for (int z : Z) {
            List<Titik> titik = new ArrayList<>();
            for (int i = 0; i < t.x.length; i++) {
                if (t.x[i] < dari - 1e-9 || t.x[i] > sampai + 1e-9) {
                    continue;
                }
                t.lms(t.x[i], lms);
                titik.add(new Titik(t.x[i], Lms.nilai(z, lms[0], lms[1], lms[2])));
            }
            kurva.add(new Kurva(z, titik));
        }
    }

    private static String gaya(int z) {
        return switch (Math.abs(z)) {
            case 3 -> "stroke=\"#000\" stroke-width=\"1.4\"";
            case 2 -> "stroke=\"#c62828\" stroke-width=\"1.4\" stroke-dasharray=\"6 3\"";
            default -> "stroke=\"#2e7d32\" stroke-width=\"1.6\"";
        };
    }

    private static double langkah(double rentang) {
        for (double l : new double[] {0.5, 1, 2, 5, 10, 20, 50}) {
            if (rentang / l <= 14) {
                return l;
            }
        }
        return 100;
    }

    private static String judul(Indikator i) {
        return switch (i) {
            case BB_U -> "Berat badan menurut umur (BB/U)";
            case TB_U -> "Panjang/tinggi badan menurut umur (PB/U, TB/U)";
            case BB_TB -> "Berat badan menurut panjang/tinggi badan (BB/PB, BB/TB)";
            case IMT_U -> "Indeks massa tubuh menurut umur (IMT/U)";
        };
    }

    private static String judulY(Indikator i) {
        return switch (i) {
            case BB_U, BB_TB -> "Berat badan (kg)";
            case TB_U -> "Panjang/tinggi badan (cm)";
            case IMT_U -> "IMT (kg/m²)";
        };
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private record Skala(double xMin, double xMaks, double yMin, double yMaks) {
        double x(double v) {
            return KIRI + (v - xMin) / (xMaks - xMin) * (LEBAR - KIRI - KANAN);
        }

        double y(double v) {
            return TINGGI - BAWAH - (v - yMin) / (yMaks - yMin) * (TINGGI - ATAS - BAWAH);
        }
    }
}
