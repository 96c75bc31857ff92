package id.pelita.kependudukan.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of the population pyramid, drawn by the page as inline SVG (no script, prints as is, scales down to
 * a 360-px phone through its viewBox). Men left, women right, youngest at the bottom.
 */
record Piramida(int lebar, int tinggi, int tengahKiri, int tengahKanan, List<Batang> batang) {

    static final int LEBAR = 360;
    static final int TINGGI_BARIS = 16;
    static final int KOLOM_LABEL = 44;
    static final int RUANG_ANGKA = 30;

    /** One age group: its row, bar lengths and the texts (counts already suppressed where needed). */
    record Batang(String label, int y, int teksY, double panjangL, double panjangP, double xL, String teksL,
                  String teksP, double xTeksL, double xTeksP) {
    }

    static Piramida dari(List<Statistik.KelompokUmur> kelompok, Angka angka) {
        int tengahKiri = (LEBAR - KOLOM_LABEL) / 2;
        int tengahKanan = tengahKiri + KOLOM_LABEL;
        double maks = Math.max(1, kelompok.stream()
                .mapToLong(k -> Math.max(angka.untukGambar(k.laki()), angka.untukGambar(k.perempuan()))).max().orElse(1));
        double skala = (tengahKiri - RUANG_ANGKA) / maks;
        List<Batang> batang = new ArrayList<>();
        for (int i = 0; i < kelompok.size(); i++) {
            Statistik.KelompokUmur k = kelompok.get(kelompok.size() - 1 - i);
            int y = i * TINGGI_BARIS;
            double pl = angka.untukGambar(k.laki()) * skala;
            double pp = angka.untukGambar(k.perempuan()) * skala;
            batang.add(new Batang(k.label(), y + 1, y + TINGGI_BARIS - 4, pl, pp, tengahKiri - pl,
                    angka.tampil(k.laki()), angka.tampil(k.perempuan()), tengahKiri - pl - 2, tengahKanan + pp + 2));
        }
        return new Piramida(LEBAR, kelompok.size() * TINGGI_BARIS, tengahKiri, tengahKanan, batang);
    }
}
