package id.pelita.antropometri.internal;

import id.pelita.antropometri.Kelamin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * WHO's tables as shipped in {@code src/main/resources/antropometri/*.csv} (made by scripts/who-growth/convert.mjs
 * from WHO's xlsx files): one {@link TabelLms} per sex and segment.
 */
final class TabelWho {

    enum Jenis {
        /** Weight-for-age, WHO 2006: weeks 0–13, then months 3–60. */
        BB_U("wfa.csv", Set.of("minggu", "0_5"), true),
        /** Length-for-age (lying), WHO 2006: weeks 0–13, then months 3–24. */
        TB_U_TELENTANG("lhfa.csv", Set.of("minggu", "0_2"), true),
        /** Height-for-age (standing), WHO 2006, 24–60 months. */
        TB_U_BERDIRI("lhfa.csv", Set.of("2_5"), true),
        /** Height-for-age, WHO Reference 2007, 61–228 months. */
        TB_U_2007("lhfa.csv", Set.of("2007"), false),
        /** BMI-for-age with length, WHO 2006: weeks 0–13, then months 3–24. */
        IMT_U_TELENTANG("bfa.csv", Set.of("minggu", "0_2"), true),
        /** BMI-for-age with height, WHO 2006, 24–60 months. */
        IMT_U_BERDIRI("bfa.csv", Set.of("2_5"), true),
        /** BMI-for-age, WHO Reference 2007, 61–228 months. */
        IMT_U_2007("bfa.csv", Set.of("2007"), false),
        /** Weight-for-length, 45–110 cm (under 24 months). */
        BB_PB("wfl.csv", Set.of("0_2"), false),
        /** Weight-for-height, 65–120 cm (from 24 months). */
        BB_TB("wfh.csv", Set.of("2_5"), false);

        final String berkas;
        final Set<String> tabel;
        final boolean kubik;

        Jenis(String berkas, Set<String> tabel, boolean kubik) {
            this.berkas = berkas;
            this.tabel = tabel;
            this.kubik = kubik;
        }
    }

    /** Weekly rows (tabel "minggu") are in weeks: 7 days each, converted to months of 30.4375 days. */
    static final double BULAN_PER_MINGGU = 7 / 30.4375;

    private final Map<Jenis, TabelLms[]> tabel = new EnumMap<>(Jenis.class);

    private TabelWho() {
    }

    TabelLms tabel(Jenis jenis, Kelamin kelamin) {
        return tabel.get(jenis)[kelamin.ordinal()];
    }

    static TabelWho muat() {
        TabelWho t = new TabelWho();
        for (Jenis j : Jenis.values()) {
            List<String[]> baris = baca(j.berkas);
            TabelLms[] perKelamin = new TabelLms[2];
            for (Kelamin k : Kelamin.values()) {
                boolean adaMinggu = j.tabel.contains("minggu");
                List<String[]> pilih = baris.stream()
                        .filter(b -> Integer.parseInt(b[0]) == k.kode() && j.tabel.contains(b[1]))
                        .map(b -> {
                            String[] c = b.clone();
                            if (c[1].equals("minggu")) {
                                c[2] = Double.toString(Double.parseDouble(c[2]) * BULAN_PER_MINGGU);
                            }
                            return c;
                        })
                        // below 13 weeks the weekly rows replace the monthly ones (months 0, 1 and 2)
                        .filter(b -> !adaMinggu || b[1].equals("minggu") || Double.parseDouble(b[2]) >= 3)
                        .sorted((a, b) -> Double.compare(Double.parseDouble(a[2]), Double.parseDouble(b[2])))
                        .toList();
                if (pilih.isEmpty()) {
                    throw new IllegalStateException("tabel WHO kosong: " + j + " " + k);
                }
                int n = pilih.size();
                double[] x = new double[n];
                double[] l = new double[n];
                double[] m = new double[n];
                double[] s = new double[n];
                double[][] sd = new double[7][n];
                for (int i = 0; i < n; i++) {
                    String[] b = pilih.get(i);
                    x[i] = Double.parseDouble(b[2]);
                    l[i] = Double.parseDouble(b[3]);
                    m[i] = Double.parseDouble(b[4]);
                    s[i] = Double.parseDouble(b[5]);
                    for (int z = 0; z < 7; z++) {
                        sd[z][i] = Double.parseDouble(b[6 + z]);
                    }
                }
                perKelamin[k.ordinal()] = new TabelLms(x, l, m, s, sd, j.kubik);
            }
            t.tabel.put(j, perKelamin);
        }
        return t;
    }

    private static List<String[]> baca(String berkas) {
        String jalur = "/antropometri/" + berkas;
        try (InputStream in = TabelWho.class.getResourceAsStream(jalur)) {
            if (in == null) {
                throw new IllegalStateException("sumber tidak ada: " + jalur);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> hasil = new ArrayList<>();
            String baris;
            boolean kepala = true;
            while ((baris = r.readLine()) != null) {
                if (baris.isBlank() || baris.startsWith("#")) {
                    continue;
                }
                if (kepala) {
                    kepala = false;
                    continue;
                }
                hasil.add(baris.split(","));
            }
            return hasil;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
