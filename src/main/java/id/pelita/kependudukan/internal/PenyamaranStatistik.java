package id.pelita.kependudukan.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Suppression of the public figures. Primary: a count of 1–4 is hidden ("&lt;5"). Secondary: a breakdown whose
 * cells add up to a figure the page also shows (men + women = total, the age groups of one sex = that sex's total,
 * religions = total…) would give its one hidden cell away by subtraction; so when exactly one cell of a breakdown
 * is hidden, the next-smallest cell is hidden too (a zero included: "&lt;5" is true of it). Two hidden cells
 * leave only their sum, which is not a single person's cell.
 *
 * <p>Hidden cells come back as {@link #TERSEMBUNYI}, which {@link Angka#SAMAR} shows as "&lt;5" and draws with no
 * length. Figures that are parts of one another across tables follow their source: ODGJ is the "mental" line of
 * the disability table. Differences between pages (a kecamatan against its villages) are not covered.
 */
final class PenyamaranStatistik {

    /** A hidden cell. */
    static final long TERSEMBUNYI = -1;

    private PenyamaranStatistik() {
    }

    /** The cells of one breakdown with primary and secondary suppression applied. */
    static long[] samarkan(long... sel) {
        long[] hasil = sel.clone();
        int tersembunyi = 0;
        for (int i = 0; i < hasil.length; i++) {
            if (hasil[i] > 0 && hasil[i] < Angka.BATAS) {
                hasil[i] = TERSEMBUNYI;
                tersembunyi++;
            }
        }
        if (tersembunyi == 1) {
            int terkecil = -1;
            for (int i = 0; i < hasil.length; i++) {
                if (hasil[i] != TERSEMBUNYI && (terkecil < 0 || hasil[i] < hasil[terkecil])) {
                    terkecil = i;
                }
            }
            if (terkecil >= 0) {
                hasil[terkecil] = TERSEMBUNYI;
            }
        }
        return hasil;
    }

    /** The figures of a region as the public page may show them. */
    static Statistik samarkan(Statistik s) {
        long total = samarkan(s.total())[0];
        long[] lp = samarkan(s.laki(), s.perempuan());
        int n = s.piramida().size();
        long[] l = new long[n];
        long[] p = new long[n];
        for (int i = 0; i < n; i++) {
            l[i] = s.piramida().get(i).laki();
            p[i] = s.piramida().get(i).perempuan();
        }
        l = samarkan(l);
        p = samarkan(p);
        List<Statistik.KelompokUmur> piramida = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            piramida.add(new Statistik.KelompokUmur(s.piramida().get(i).label(), l[i], p[i]));
        }
        List<Statistik.Baris> disabilitas = baris(s.disabilitas());
        long odgj = disabilitas.stream().filter(b -> ("disabilitas." + Disabilitas.MENTAL.name()).equals(b.label()))
                .mapToLong(Statistik.Baris::jumlah).findFirst().orElse(samarkan(s.rentan().odgj())[0]);
        long[] rentan = {samarkan(s.rentan().lansia())[0], samarkan(s.rentan().disabilitas())[0]};
        List<Statistik.Bulan> bulan = s.perBulan().stream().map(b -> new Statistik.Bulan(b.bulan(),
                samarkan(b.lahir())[0], samarkan(b.mati())[0], samarkan(b.datang())[0], samarkan(b.pindah())[0])).toList();
        return new Statistik(s.kode(), s.tanggal(), total, lp[0], lp[1], piramida, baris(s.agama()),
                baris(s.pendidikan()), baris(s.pekerjaan()), disabilitas,
                new Statistik.Rentan(rentan[0], rentan[1], odgj), baris(s.rekamKtp()), bulan);
    }

    private static List<Statistik.Baris> baris(List<Statistik.Baris> daftar) {
        long[] sel = samarkan(daftar.stream().mapToLong(Statistik.Baris::jumlah).toArray());
        List<Statistik.Baris> hasil = new ArrayList<>();
        for (int i = 0; i < sel.length; i++) {
            hasil.add(new Statistik.Baris(daftar.get(i).label(), sel[i]));
        }
        return hasil;
    }
}
