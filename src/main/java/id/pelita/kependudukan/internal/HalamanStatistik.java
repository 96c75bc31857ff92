package id.pelita.kependudukan.internal;

import id.pelita.akun.Akses;
import id.pelita.inti.DalamWilayah;
import id.pelita.inti.TidakDitemukan;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Population statistics: /penduduk/statistik for staff within their region (exact counts, any past date) and
 * /statistik/penduduk for the public (served kecamatan only, today, small counts suppressed, see
 * {@link PenyamaranStatistik}). Both show published figures (verified changes only, TAJUK RETEH); staff may ask
 * for the view including changes still waiting for verification ({@code semua=1}), which the page labels.
 */
@Controller
class HalamanStatistik {

    private final StatistikPenduduk statistik;
    private final Akses akses;
    private final DirektoriWilayah wilayah;
    private final Clock jam;

    private final CacheStatistik cache;

    HalamanStatistik(StatistikPenduduk statistik, CacheStatistik cache, Akses akses, DirektoriWilayah wilayah, Clock jam) {
        this.cache = cache;
        this.statistik = statistik;
        this.akses = akses;
        this.wilayah = wilayah;
        this.jam = jam;
    }

    @GetMapping("/penduduk/statistik")
    String staf(@DalamWilayah @RequestParam(required = false) String wilayah,
                @RequestParam(required = false) String tanggal,
                @RequestParam(defaultValue = "false") boolean semua, Model model) {
        String cakupan = akses.wajibMasuk().wilayahKode();
        String kode = kosong(wilayah) ? (cakupan != null ? cakupan : kecamatanPertama()) : wilayah.trim();
        // The interceptor checked a given code; the default one is checked here too (one rule, no exception).
        akses.pastikanWilayah(kode);
        Wilayah w = cari(kode);
        LocalDate hariIni = LocalDate.now(jam);
        LocalDate pada = tanggal(tanggal, hariIni);
        model.addAttribute("tanggalSalah", pada == null);
        isi(model, semua ? statistik.hitung(w.kode(), pada == null ? hariIni : pada, false)
                : cache.terbit(w.kode(), pada == null ? hariIni : pada), w, Angka.LENGKAP,
                akses::bolehWilayah);
        model.addAttribute("publik", false);
        model.addAttribute("semua", semua);
        model.addAttribute("hariIni", hariIni);
        return "kependudukan/statistik";
    }

    @GetMapping("/statistik/penduduk")
    String publik(@RequestParam(required = false) String wilayah, Model model) {
        String kode = kosong(wilayah) ? kecamatanPertama() : wilayah.trim();
        if (!diKecamatanLayanan(kode)) {
            throw new TidakDitemukan("wilayah");
        }
        Wilayah w = cari(kode);
        isi(model, PenyamaranStatistik.samarkan(cache.terbit(w.kode(), LocalDate.now(jam))), w, Angka.SAMAR,
                this::diKecamatanLayanan);
        model.addAttribute("semua", false);
        model.addAttribute("publik", true);
        model.addAttribute("tanggalSalah", false);
        return "kependudukan/statistik";
    }

    private void isi(Model model, Statistik s, Wilayah w, Angka angka, Predicate<String> bolehAnak) {
        model.addAttribute("s", s);
        model.addAttribute("angka", angka);
        model.addAttribute("piramida", Piramida.dari(s.piramida(), angka));
        model.addAttribute("wilayah", w);
        model.addAttribute("namaWilayah", wilayah.namaLengkap(w.kode()));
        model.addAttribute("kode", KodeSiak.UNTUK_TAMPILAN);
        List<Wilayah> anak = w.tingkat() == Tingkat.DESA ? List.of()
                : wilayah.anak(w.kode()).stream().filter(a -> bolehAnak.test(a.kode())).toList();
        model.addAttribute("anak", anak);
        String induk = w.indukKode();
        model.addAttribute("induk", induk != null && Tingkat.dariKode(induk) != Tingkat.PROVINSI
                && bolehAnak.test(induk) ? induk : null);
    }

    /** Statistics are for villages, kecamatan and kabupaten; anything else (or unknown) is not found. */
    private Wilayah cari(String kode) {
        return wilayah.cari(kode).filter(w -> w.tingkat() != Tingkat.PROVINSI)
                .orElseThrow(() -> new TidakDitemukan("wilayah"));
    }

    /** The public page covers only the served kecamatan and their villages, not the kabupaten above them. */
    private boolean diKecamatanLayanan(String kode) {
        return wilayah.kecamatanLayanan().stream()
                .anyMatch(k -> kode.equals(k.kode()) || kode.startsWith(k.kode() + "."));
    }

    private String kecamatanPertama() {
        return wilayah.kecamatanLayanan().stream().findFirst().map(Wilayah::kode)
                .orElseThrow(() -> new TidakDitemukan("wilayah"));
    }

    /** The day asked for; today when none; null when malformed or in the future (the page says so). */
    private static LocalDate tanggal(String teks, LocalDate hariIni) {
        if (kosong(teks)) {
            return hariIni;
        }
        try {
            LocalDate d = LocalDate.parse(teks.trim());
            return d.isAfter(hariIni) ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean kosong(String s) {
        return s == null || s.isBlank();
    }
}
