package id.pelita.posyandu.internal.laporan;

import id.pelita.akun.Akses;
import id.pelita.inti.DalamWilayah;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Monthly posyandu reports: the staff page per village, kecamatan or kabupaten within the user's region, its PDF
 * and XLSX, the trend chart of a village, sending a kecamatan's report to the district team, the district team's
 * inbox of sent reports, and the public stunting statistics (aggregates only, small counts suppressed).
 */
@Controller
class HalamanLaporan {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final HitungLaporan hitung;
    private final CetakLaporan cetak;
    private final KirimanLaporan kiriman;
    private final DirektoriWilayah wilayah;
    private final Akses akses;
    private final Clock jam;

    HalamanLaporan(HitungLaporan hitung, CetakLaporan cetak, KirimanLaporan kiriman, DirektoriWilayah wilayah,
                   Akses akses, Clock jam) {
        this.hitung = hitung;
        this.cetak = cetak;
        this.kiriman = kiriman;
        this.wilayah = wilayah;
        this.akses = akses;
        this.jam = jam;
    }

    @GetMapping("/posyandu/laporan")
    String halaman(@DalamWilayah @RequestParam(required = false) String wilayah,
                   @RequestParam(required = false) String bulan, Model model) {
        Wilayah w = wilayahStaf(wilayah);
        YearMonth b = bulan(bulan);
        LaporanBulanan l = hitung.hitung(w, b);
        model.addAttribute("l", l);
        model.addAttribute("bulan", b);
        model.addAttribute("w", w);
        model.addAttribute("anak", w.tingkat() == Tingkat.DESA ? List.of()
                : this.wilayah.anak(w.kode()).stream().filter(a -> akses.bolehWilayah(a.kode())).toList());
        String induk = w.indukKode();
        model.addAttribute("induk", induk != null && Tingkat.dariKode(induk) != Tingkat.PROVINSI
                && akses.bolehWilayah(induk) ? induk : null);
        model.addAttribute("desaTren", w.tingkat() == Tingkat.KABUPATEN ? List.of()
                : l.perDesa().stream().map(LaporanBulanan.Baris::kode).toList());
        model.addAttribute("bolehKirim", w.tingkat() == Tingkat.KECAMATAN
                && akses.bolehMembuka("POST", "/posyandu/laporan/kirim"));
        model.addAttribute("nama", (Function<LaporanBulanan.Baris, String>) CetakLaporan::nama);
        return "posyandu/laporan/bulanan";
    }

    @GetMapping("/posyandu/laporan/pdf")
    ResponseEntity<byte[]> pdf(@DalamWilayah @RequestParam(required = false) String wilayah,
                               @RequestParam(required = false) String bulan) {
        LaporanBulanan l = hitung.hitung(wilayahStaf(wilayah), bulan(bulan));
        return unduh(cetak.pdf(l), MediaType.APPLICATION_PDF, nama(l) + ".pdf");
    }

    @GetMapping("/posyandu/laporan/xlsx")
    ResponseEntity<byte[]> xlsx(@DalamWilayah @RequestParam(required = false) String wilayah,
                                @RequestParam(required = false) String bulan) {
        LaporanBulanan l = hitung.hitung(wilayahStaf(wilayah), bulan(bulan));
        return unduh(cetak.xlsx(l), XLSX, nama(l) + ".xlsx");
    }

    /** Twelve months up to {@code bulan} for a village: stunting prevalence and D/S. */
    @GetMapping("/posyandu/laporan/tren.svg")
    ResponseEntity<String> tren(@DalamWilayah @RequestParam(required = false) String wilayah,
                                @RequestParam(required = false) String bulan) {
        Wilayah w = wilayahStaf(wilayah);
        if (w.tingkat() != Tingkat.DESA) {
            throw new TidakDitemukan("desa");
        }
        YearMonth akhir = bulan(bulan);
        List<GrafikTren.Titik> titik = new ArrayList<>();
        for (YearMonth b = akhir.minusMonths(11); !b.isAfter(akhir); b = b.plusMonths(1)) {
            Angka a = hitung.kelompok(w.kode(), b).stream().map(HitungLaporan.Kelompok::angka)
                    .reduce(Angka.NOL, Angka::tambah);
            titik.add(new GrafikTren.Titik(b, a.prevalensiStunting(), a.d() == 0 ? null : a.dPerS()));
        }
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .header("X-Content-Type-Options", "nosniff")
                .body(GrafikTren.svg(w.nama(), titik));
    }

    /** The camat (or sekcam) sends the kecamatan's month to the district team directly (outside a forum case). */
    @PostMapping("/posyandu/laporan/kirim")
    String kirim(@DalamWilayah @RequestParam(required = false) String wilayah,
                 @RequestParam(required = false) String bulan, RedirectAttributes ra) {
        Wilayah w = wilayahStaf(wilayah);
        YearMonth b = bulan(bulan);
        if (w.tingkat() != Tingkat.KECAMATAN || !b.isBefore(YearMonth.from(hariIni()).plusMonths(1))) {
            ra.addFlashAttribute("galatUmum", "laporan.galat.kirim");
        } else {
            String oleh = akses.wajibMasuk().username();
            long id = kiriman.susun(w.kode(), b, oleh, null);
            kiriman.kirim(id, oleh);
            ra.addFlashAttribute("sukses", "laporan.terkirim");
        }
        return "redirect:/posyandu/laporan?wilayah=" + w.kode() + "&bulan=" + b;
    }

    @GetMapping("/posyandu/laporan/kiriman")
    String kirimanMasuk(Model model) {
        model.addAttribute("kiriman", kiriman.terkirim(akses.wajibMasuk().wilayahKode(), 200));
        model.addAttribute("namaWilayah", (Function<String, String>) wilayah::namaLengkap);
        return "posyandu/laporan/kiriman";
    }

    @GetMapping("/posyandu/laporan/kiriman/{id}/{jenis}")
    ResponseEntity<byte[]> berkasKiriman(@PathVariable long id, @PathVariable String jenis) {
        if (!"pdf".equals(jenis) && !"xlsx".equals(jenis)) {
            throw new TidakDitemukan("Laporan");
        }
        var k = kiriman.cari(id).filter(x -> akses.bolehWilayah(x.wilayahKode()))
                .orElseThrow(() -> new TidakDitemukan("Laporan"));
        byte[] isi = kiriman.berkas(id, jenis).orElseThrow(() -> new TidakDitemukan("Laporan"));
        String nama = "laporan-posyandu-" + k.wilayahKode() + "-" + k.bulan() + "." + jenis;
        return unduh(isi, "pdf".equals(jenis) ? MediaType.APPLICATION_PDF : XLSX, nama);
    }

    @GetMapping("/statistik/stunting")
    String publik(@RequestParam(required = false) String wilayah, @RequestParam(required = false) String bulan,
                  Model model) {
        String kode = wilayah == null || wilayah.isBlank() ? kecamatanPertama() : wilayah.strip();
        if (!diKecamatanLayanan(kode)) {
            throw new TidakDitemukan("wilayah");
        }
        Wilayah w = this.wilayah.cari(kode).filter(x -> x.tingkat() != Tingkat.PROVINSI)
                .orElseThrow(() -> new TidakDitemukan("wilayah"));
        YearMonth b = bulan(bulan);
        LaporanBulanan l = hitung.hitung(w, b);
        model.addAttribute("l", l);
        model.addAttribute("w", w);
        model.addAttribute("bulan", b);
        model.addAttribute("angka", new AngkaPublik());
        model.addAttribute("induk", w.tingkat() == Tingkat.DESA ? w.indukKode() : null);
        return "posyandu/laporan/publik";
    }

    private Wilayah wilayahStaf(String kode) {
        String cakupan = akses.wajibMasuk().wilayahKode();
        String k = kode == null || kode.isBlank() ? (cakupan != null ? cakupan : kecamatanPertama()) : kode.strip();
        akses.pastikanWilayah(k);
        return wilayah.cari(k).filter(w -> w.tingkat() != Tingkat.PROVINSI)
                .orElseThrow(() -> new TidakDitemukan("wilayah"));
    }

    /** The month asked for (yyyy-MM); by default the last complete month; never a future month. */
    private YearMonth bulan(String teks) {
        YearMonth kini = YearMonth.from(hariIni());
        if (teks == null || teks.isBlank()) {
            return kini.minusMonths(1);
        }
        try {
            YearMonth b = YearMonth.parse(teks.strip());
            if (b.isAfter(kini) || b.getYear() < 2000) {
                throw new GalatValidasi("bulan", "laporan.galat.bulan");
            }
            return b;
        } catch (DateTimeParseException e) {
            throw new GalatValidasi("bulan", "laporan.galat.bulan");
        }
    }

    private LocalDate hariIni() {
        return LocalDate.now(jam.withZone(ZoneId.of("Asia/Jakarta")));
    }

    private boolean diKecamatanLayanan(String kode) {
        return wilayah.kecamatanLayanan().stream().anyMatch(k -> kode.equals(k.kode()) || kode.startsWith(k.kode() + "."));
    }

    private String kecamatanPertama() {
        return wilayah.kecamatanLayanan().stream().findFirst().map(Wilayah::kode)
                .orElseThrow(() -> new TidakDitemukan("wilayah"));
    }

    private static String nama(LaporanBulanan l) {
        return "laporan-posyandu-" + l.wilayahKode() + "-" + l.bulan();
    }

    private static ResponseEntity<byte[]> unduh(byte[] isi, MediaType jenis, String nama) {
        return ResponseEntity.ok().contentType(jenis)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nama).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(isi);
    }
}
