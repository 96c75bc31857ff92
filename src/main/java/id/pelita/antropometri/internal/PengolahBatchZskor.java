package id.pelita.antropometri.internal;

import id.pelita.antropometri.Bendera;
import id.pelita.antropometri.CaraUkur;
import id.pelita.antropometri.HasilZskor;
import id.pelita.antropometri.KalkulatorZskor;
import id.pelita.antropometri.Kelamin;
import id.pelita.antropometri.Pengukuran;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The batch z-score service: a CSV with the header {@code id,sex,age_days,weight_kg,length_cm,measure,oedema}
 * in, one result per row out. Each line is parsed on its own (Apache Commons CSV), so a malformed line — bad
 * quoting, a letter where a number belongs — gives that row a {@code galat:...} flag and never stops the others.
 * Nothing is stored.
 */
@Component
class PengolahBatchZskor {

    static final List<String> KEPALA_MASUK = List.of("id", "sex", "age_days", "weight_kg", "length_cm", "measure", "oedema");
    static final List<String> KEPALA_KELUAR = List.of("id", "zlen", "zwei", "zwfl", "zbmi", "kat_tbu", "kat_bbu",
            "kat_bbtb", "kat_imtu", "flags");
    /** Upload limit: 2 MiB and 20,000 rows (a kecamatan's under-fives several times over). */
    static final long BAYT_MAKS = 2L * 1024 * 1024;
    static final int BARIS_MAKS = 20_000;

    private static final CSVFormat SATU_BARIS = CSVFormat.DEFAULT.builder().setTrim(true).get();

    /** A result row; z-scores rounded to 2 decimals, empty (null) when not computable. */
    record BarisHasil(String id, Double zlen, Double zwei, Double zwfl, Double zbmi, String kat_tbu, String kat_bbu,
                      String kat_bbtb, String kat_imtu, String flags) {
    }

    /** The header was missing or not the expected one: nothing was processed. */
    static final class KepalaSalah extends RuntimeException {
        final List<String> ditemukan;

        KepalaSalah(List<String> ditemukan) {
            super("header CSV harus " + String.join(",", KEPALA_MASUK));
            this.ditemukan = ditemukan;
        }
    }

    /** More rows than {@link #BARIS_MAKS}. */
    static final class TerlaluBanyak extends RuntimeException {
        TerlaluBanyak() {
            super("lebih dari " + BARIS_MAKS + " baris");
        }
    }

    private final KalkulatorZskor kalkulator;

    PengolahBatchZskor(KalkulatorZskor kalkulator) {
        this.kalkulator = kalkulator;
    }

    List<BarisHasil> olah(Reader masukan) {
        BufferedReader r = masukan instanceof BufferedReader b ? b : new BufferedReader(masukan);
        try {
            String kepala = r.readLine();
            while (kepala != null && kepala.isBlank()) {
                kepala = r.readLine();
            }
            List<String> kolom = kepala == null ? List.of() : pecah(kepala.replace("\uFEFF", ""));
            List<String> rapi = kolom.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
            if (!rapi.equals(KEPALA_MASUK)) {
                throw new KepalaSalah(kolom);
            }
            List<BarisHasil> hasil = new ArrayList<>();
            String baris;
            while ((baris = r.readLine()) != null) {
                if (baris.isBlank()) {
                    continue;
                }
                if (hasil.size() >= BARIS_MAKS) {
                    throw new TerlaluBanyak();
                }
                hasil.add(olahBaris(baris));
            }
            return hasil;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BarisHasil olahBaris(String baris) {
        List<String> c;
        try {
            c = pecah(baris);
        } catch (RuntimeException e) {
            return galat(idKasar(baris), "baris", "CSV rusak");
        }
        String id = c.isEmpty() ? "" : c.get(0);
        if (c.size() != KEPALA_MASUK.size()) {
            return galat(id, "baris", "harus " + KEPALA_MASUK.size() + " kolom, ada " + c.size());
        }
        Kelamin kelamin;
        try {
            kelamin = switch (c.get(1)) {
                case "1" -> Kelamin.LAKI_LAKI;
                case "2" -> Kelamin.PEREMPUAN;
                default -> throw new IllegalArgumentException();
            };
        } catch (IllegalArgumentException e) {
            return galat(id, "sex", "harus 1 (laki-laki) atau 2 (perempuan)");
        }
        int hari;
        try {
            double d = angka(c.get(2));
            if (Double.isNaN(d) || d < 0 || d > 100_000) {
                return galat(id, "age_days", "harus bilangan 0 atau lebih");
            }
            hari = (int) Math.floor(d);
        } catch (NumberFormatException e) {
            return galat(id, "age_days", c.get(2).isEmpty() ? "wajib diisi" : "bukan angka");
        }
        Double berat;
        Double panjang;
        try {
            berat = c.get(3).isEmpty() ? null : angka(c.get(3));
        } catch (NumberFormatException e) {
            return galat(id, "weight_kg", "bukan angka");
        }
        try {
            panjang = c.get(4).isEmpty() ? null : angka(c.get(4));
        } catch (NumberFormatException e) {
            return galat(id, "length_cm", "bukan angka");
        }
        CaraUkur cara;
        try {
            cara = CaraUkur.dariKode(c.get(5));
        } catch (IllegalArgumentException e) {
            return galat(id, "measure", "harus L, H atau kosong");
        }
        boolean edema;
        switch (c.get(6).toLowerCase(Locale.ROOT)) {
            case "y" -> edema = true;
            case "n", "" -> edema = false;
            default -> {
                return galat(id, "oedema", "harus y atau n");
            }
        }
        HasilZskor h = kalkulator.hitung(Pengukuran.dariUmurHari(kelamin, hari, berat, panjang, cara, edema));
        return new BarisHasil(id, HasilZskor.bulat2(h.zlen()), HasilZskor.bulat2(h.zwei()), HasilZskor.bulat2(h.zwfl()),
                HasilZskor.bulat2(h.zbmi()), nama(h.kategoriTbU()), nama(h.kategoriBbU()), nama(h.kategoriBbTb()),
                nama(h.kategoriImtU()), bendera(h.bendera()));
    }

    /** Flags as {@code zwei:EDEMA;zwfl:EDEMA}: the WHO variable the flag is about (or {@code input}), a colon, the code. */
    static String bendera(List<Bendera> bendera) {
        return bendera.stream().map(b -> (b.indikator() == null ? "input" : switch (b.indikator()) {
            case TB_U -> "zlen";
            case BB_U -> "zwei";
            case BB_TB -> "zwfl";
            case IMT_U -> "zbmi";
        }) + ":" + b.kode().name() + (b.indikator() == null || b.kode() == Bendera.Kode.DI_LUAR_RENTANG
                ? "(" + b.keterangan() + ")" : "")).collect(Collectors.joining(";"));
    }

    void tulisCsv(List<BarisHasil> hasil, Appendable keluar) {
        try (CSVPrinter p = new CSVPrinter(keluar, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord(KEPALA_KELUAR);
            for (BarisHasil b : hasil) {
                p.printRecord(b.id(), z(b.zlen()), z(b.zwei()), z(b.zwfl()), z(b.zbmi()), kosong(b.kat_tbu()),
                        kosong(b.kat_bbu()), kosong(b.kat_bbtb()), kosong(b.kat_imtu()), b.flags());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String z(Double z) {
        return z == null ? "" : String.format(Locale.ROOT, "%.2f", z);
    }

    private static String kosong(String s) {
        return s == null ? "" : s;
    }

    private static String nama(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static BarisHasil galat(String id, String kolom, String pesan) {
        return new BarisHasil(id, null, null, null, null, null, null, null, null, "galat:" + kolom + ":" + pesan);
    }

    private static List<String> pecah(String baris) {
        try (CSVParser p = CSVParser.parse(baris, SATU_BARIS)) {
            List<CSVRecord> r = p.getRecords();
            if (r.size() != 1) {
                throw new IllegalArgumentException("bukan satu baris CSV");
            }
            return Arrays.asList(r.get(0).values());
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The id of a line too broken to parse: the text before the first comma, unquoted. */
    private static String idKasar(String baris) {
        int koma = baris.indexOf(',');
        String id = (koma < 0 ? baris : baris.substring(0, koma)).replace("\"", "").trim();
        return id.length() > 64 ? id.substring(0, 64) : id;
    }

    /** A decimal with a point, or a decimal comma (quoted in the CSV): "10.4" or "10,4". */
    private static double angka(String s) {
        if (s == null || s.isEmpty()) {
            throw new NumberFormatException("kosong");
        }
        double d = Double.parseDouble(s.replace(',', '.'));
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            throw new NumberFormatException(s);
        }
        return d;
    }
}
