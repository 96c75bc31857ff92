package id.pelita.sop.internal;

import id.pelita.sop.DefinisiSop;
import id.pelita.sop.DefinisiSop.Langkah;
import id.pelita.sop.DefinisiSop.Pelaksana;
import id.pelita.sop.DefinisiTidakSah.Galat;
import id.pelita.sop.WaktuBaku;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules a definition must meet before it is stored. Returns every error at once (path + Indonesian
 * message), list positions counting from 1 like the step numbers.
 */
final class ValidatorSop {

    static final Pattern POLA_KODE = Pattern.compile("[A-Z0-9-]{2,40}");
    private static final Pattern POLA_KECAMATAN = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");
    private static final Pattern PENANDA = Pattern.compile("\\{([^}]*)}");
    private static final Set<String> PENANDA_SAH = Set.of("nomor", "unit", "bulan", "tahun");

    private ValidatorSop() {
    }

    static List<Galat> periksa(DefinisiSop d) {
        List<Galat> g = new ArrayList<>();
        identitas(d, g);
        tanggal(d, g);
        Set<String> kodePelaksana = pelaksana(d, g);
        langkah(d, kodePelaksana, g);
        register(d, g);
        return g;
    }

    private static void identitas(DefinisiSop d, List<Galat> g) {
        if (kosong(d.kode())) {
            g.add(new Galat("kode", "wajib diisi"));
        } else if (!POLA_KODE.matcher(d.kode()).matches()) {
            g.add(new Galat("kode", "kode \"" + d.kode() + "\" tidak sah: 2–40 huruf besar, angka atau tanda -"));
        }
        if (kosong(d.nama())) {
            g.add(new Galat("nama", "wajib diisi"));
        }
        if (d.versi() < 1) {
            g.add(new Galat("versi", "versi harus 1 atau lebih"));
        }
        for (int i = 0; i < d.kecamatan().size(); i++) {
            String k = d.kecamatan().get(i);
            if (k == null || !POLA_KECAMATAN.matcher(k).matches()) {
                g.add(new Galat("kecamatan[" + (i + 1) + "]", "kode kecamatan \"" + k + "\" tidak sah (contoh: 35.16.04)"));
            }
        }
        if (d.disahkanOleh() != null && kosong(d.disahkanOleh().nama())) {
            g.add(new Galat("disahkanOleh.nama", "wajib diisi"));
        }
    }

    private static void tanggal(DefinisiSop d, List<Galat> g) {
        if (d.tanggalPembuatan() == null) {
            return;
        }
        if (d.tanggalEfektif() != null && d.tanggalEfektif().isBefore(d.tanggalPembuatan())) {
            g.add(new Galat("tanggalEfektif", "tanggal efektif " + d.tanggalEfektif()
                    + " tidak boleh sebelum tanggal pembuatan " + d.tanggalPembuatan()));
        }
        if (d.tanggalRevisi() != null && d.tanggalRevisi().isBefore(d.tanggalPembuatan())) {
            g.add(new Galat("tanggalRevisi", "tanggal revisi " + d.tanggalRevisi()
                    + " tidak boleh sebelum tanggal pembuatan " + d.tanggalPembuatan()));
        }
    }

    private static Set<String> pelaksana(DefinisiSop d, List<Galat> g) {
        Set<String> kode = new HashSet<>();
        if (d.pelaksana().isEmpty()) {
            g.add(new Galat("pelaksana", "minimal satu pelaksana (kolom peran)"));
        }
        for (int i = 0; i < d.pelaksana().size(); i++) {
            Pelaksana p = d.pelaksana().get(i);
            String path = "pelaksana[" + (i + 1) + "]";
            if (p == null) {
                g.add(new Galat(path, "pelaksana kosong"));
                continue;
            }
            if (kosong(p.kode())) {
                g.add(new Galat(path + ".kode", "wajib diisi"));
            } else if (!kode.add(p.kode())) {
                g.add(new Galat(path + ".kode", "kode pelaksana \"" + p.kode() + "\" ganda"));
            }
            if (kosong(p.nama())) {
                g.add(new Galat(path + ".nama", "wajib diisi (judul kolom seperti di dokumen)"));
            }
            if (p.peran() == null) {
                g.add(new Galat(path + ".peran", "wajib diisi (peran Pelita yang menjalankan kolom ini)"));
            }
        }
        return kode;
    }

    private static void langkah(DefinisiSop d, Set<String> kodePelaksana, List<Galat> g) {
        if (d.langkah().isEmpty()) {
            g.add(new Galat("langkah", "minimal satu langkah"));
        }
        for (int i = 0; i < d.langkah().size(); i++) {
            Langkah l = d.langkah().get(i);
            String path = "langkah[" + (i + 1) + "]";
            if (l == null) {
                g.add(new Galat(path, "langkah kosong"));
                continue;
            }
            if (l.no() != i + 1) {
                g.add(new Galat(path + ".no", "nomor langkah " + l.no() + " salah: harus " + (i + 1)
                        + " (berurutan mulai 1)"));
            }
            if (kosong(l.kegiatan())) {
                g.add(new Galat(path + ".kegiatan", "wajib diisi"));
            }
            if (kosong(l.pelaksana())) {
                g.add(new Galat(path + ".pelaksana", "wajib diisi"));
            } else if (!kodePelaksana.contains(l.pelaksana())) {
                g.add(new Galat(path + ".pelaksana", "pelaksana \"" + l.pelaksana() + "\" tidak ada di kolom pelaksana"));
            }
            try {
                WaktuBaku.parse(l.waktu());
            } catch (IllegalArgumentException e) {
                g.add(new Galat(path + ".waktu", e.getMessage()));
            }
            if (l.keputusan() != null) {
                if (kosong(l.keputusan().pertanyaan())) {
                    g.add(new Galat(path + ".keputusan.pertanyaan", "wajib diisi"));
                }
                int ke = l.keputusan().jikaTidak();
                if (ke < 1 || ke >= i + 1) {
                    g.add(new Galat(path + ".keputusan.jikaTidak", "harus menunjuk langkah sebelumnya (1–" + i
                            + "), bukan " + ke));
                }
            }
        }
    }

    private static void register(DefinisiSop d, List<Galat> g) {
        DefinisiSop.Register r = d.register();
        if (r == null) {
            return;
        }
        if (kosong(r.nama())) {
            g.add(new Galat("register.nama", "wajib diisi"));
        }
        if (kosong(r.format()) || !r.format().contains("{nomor}")) {
            g.add(new Galat("register.format", "format harus memuat {nomor}, mis. {nomor}/{unit}/{bulan}/{tahun}"));
            return;
        }
        Matcher m = PENANDA.matcher(r.format());
        while (m.find()) {
            if (!PENANDA_SAH.contains(m.group(1))) {
                g.add(new Galat("register.format", "penanda {" + m.group(1)
                        + "} tidak dikenal (yang dikenal: {nomor}, {unit}, {bulan}, {tahun})"));
            }
        }
        if (r.format().contains("{unit}") && kosong(r.unit())) {
            g.add(new Galat("register.unit", "wajib diisi karena format memuat {unit}"));
        }
    }

    private static boolean kosong(String s) {
        return s == null || s.isBlank();
    }
}
