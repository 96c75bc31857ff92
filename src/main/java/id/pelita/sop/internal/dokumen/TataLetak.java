package id.pelita.sop.internal.dokumen;

import id.pelita.sop.DefinisiSop;
import id.pelita.sop.DefinisiSop.Langkah;
import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of the step table in CSS px (96 per inch, as the PDF renderer counts them): column widths, each
 * row's height (at least the flowchart's minimum, more when its text needs it), and the rows where a new
 * page starts. The HTML page uses the same fixed widths so screen and paper look alike.
 */
final class TataLetak {

    /** Width of the table: A4 landscape (297 mm) less two 12 mm margins is 1031.8 px. */
    static final double LEBAR = 1030;
    static final double NO = 28;
    static final double KEGIATAN = 200;
    static final double KELENGKAPAN = 140;
    static final double WAKTU = 58;
    static final double OUTPUT = 110;
    static final double KET = 74;
    /** Body text: 8 pt on 13 px lines, cells padded 3 px × 4 px (see sop-dokumen.css). */
    static final double HURUF = 8 * 96 / 72.0;
    static final double BARIS = 13;
    static final double PAD_V = 3;
    static final double PAD_H = 4;
    /** A row never gets lower than this: room for a symbol and an off-page connector above and below it. */
    static final double TINGGI_MIN = 72;
    /** Height of the page body: 210 mm less two 12 mm margins. */
    static final double TINGGI_HALAMAN = 703;
    /** Title above the first table part ("STANDAR OPERASIONAL PROSEDUR" and the name). */
    static final double TINGGI_JUDUL = 48;
    /** What the estimate may be off by (rounding of borders, a header line more than measured). */
    static final double CADANGAN = 24;
    static final int MAKS_BARIS_PER_HALAMAN = 8;

    private final DefinisiSop sop;
    private final double lebarPeran;
    private final List<Double> tinggi = new ArrayList<>();
    private final List<Integer> awalHalaman = new ArrayList<>();
    private final double tinggiKepala;

    TataLetak(DefinisiSop sop) {
        this.sop = sop;
        int n = Math.max(1, sop.pelaksana().size());
        this.lebarPeran = Math.floor((LEBAR - NO - KEGIATAN - KELENGKAPAN - WAKTU - OUTPUT - KET) / n);
        for (Langkah l : sop.langkah()) {
            tinggi.add(Math.max(TINGGI_MIN, Math.ceil(tinggiTeks(l)) + 2));
        }
        this.tinggiKepala = hitungKepala();
        bagiHalaman();
    }

    double lebarPeran() {
        return lebarPeran;
    }

    double lebarAlur() {
        return lebarPeran * Math.max(1, sop.pelaksana().size());
    }

    double tinggi(int baris) {
        return tinggi.get(baris);
    }

    /** Indices of the rows that begin a table part (always contains 0 when there are steps). */
    List<Integer> awalHalaman() {
        return awalHalaman;
    }

    boolean putusSebelum(int baris) {
        return baris > 0 && awalHalaman.contains(baris);
    }

    boolean putusSesudah(int baris) {
        return awalHalaman.contains(baris + 1);
    }

    double tinggiKepala() {
        return tinggiKepala;
    }

    /** The text of the Kegiatan cell: the activity, and for a decision its question and branches. */
    static List<String> teksKegiatan(Langkah l, DefinisiSop sop) {
        List<String> t = new ArrayList<>();
        t.add(l.kegiatan() == null ? "" : l.kegiatan());
        if (l.keputusan() != null) {
            t.add("Keputusan: " + nz(l.keputusan().pertanyaan()) + " " + labelYa(l.keputusan()) + " → lanjut; "
                    + labelTidak(l.keputusan()) + " → kembali ke langkah " + l.keputusan().jikaTidak() + ".");
        }
        return t;
    }

    static String labelYa(DefinisiSop.Keputusan k) {
        return k.labelYa() == null || k.labelYa().isBlank() ? "Ya" : k.labelYa();
    }

    static String labelTidak(DefinisiSop.Keputusan k) {
        return k.labelTidak() == null || k.labelTidak().isBlank() ? "Tidak" : k.labelTidak();
    }

    private double tinggiTeks(Langkah l) {
        int kegiatan = baris(teksKegiatan(l, sop), KEGIATAN, false);
        int kelengkapan = baris(l.kelengkapan() == null ? List.of() : l.kelengkapan(), KELENGKAPAN, false);
        int waktu = baris(List.of(nz(l.waktu())), WAKTU, false);
        int output = baris(List.of(nz(l.output())), OUTPUT, false);
        int ket = baris(List.of(nz(l.keterangan())), KET, false);
        int terbanyak = Math.max(Math.max(kegiatan, kelengkapan), Math.max(Math.max(waktu, output), ket));
        return terbanyak * BARIS + 2 * PAD_V + 1;
    }

    private static int baris(List<String> paragraf, double lebarKolom, boolean tebal) {
        int n = 0;
        for (String p : paragraf) {
            // One spare px per side: the renderer's widths round differently from AWT's.
            n += Math.max(1, HurufDokumen.bungkus(p, lebarKolom - 2 * PAD_H - 3, HURUF, tebal).size());
        }
        return n;
    }

    private double hitungKepala() {
        int namaPeran = 1;
        for (DefinisiSop.Pelaksana p : sop.pelaksana()) {
            namaPeran = Math.max(namaPeran, baris(List.of(nz(p.nama())), lebarPeran, true));
        }
        // Two header rows: "Pelaksana"/"Mutu Baku" and the column names.
        return (BARIS + 2 * PAD_V + 1) + (namaPeran * BARIS + 2 * PAD_V + 1);
    }

    private void bagiHalaman() {
        double anggaran = TINGGI_HALAMAN - TINGGI_JUDUL - tinggiKepala - CADANGAN;
        double terpakai = 0;
        int diHalaman = 0;
        for (int i = 0; i < tinggi.size(); i++) {
            double h = tinggi.get(i);
            if (i == 0 || diHalaman >= MAKS_BARIS_PER_HALAMAN || terpakai + h > anggaran) {
                if (i > 0) {
                    // Later parts have no title above them.
                    anggaran = TINGGI_HALAMAN - tinggiKepala - CADANGAN;
                }
                awalHalaman.add(i);
                terpakai = 0;
                diHalaman = 0;
            }
            terpakai += h;
            diHalaman++;
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
