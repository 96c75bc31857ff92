package id.pelita.pengaduan.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Staff pages: the region-scoped list, a complaint with its notes and actions, the walk-in/phone form. */
@Controller
class PengaduanController {

    static final int UKURAN = 25;
    static final Set<String> STATUS = Set.of(Pengaduan.DITERIMA, Pengaduan.DIPROSES, Pengaduan.SELESAI,
            Pengaduan.TIDAK_VALID, Pengaduan.DIGABUNG);

    private final PenangananPengaduan penanganan;
    private final RepositoriPenanganan repo;
    private final PenerimaPengaduan penerima;
    private final PembukaBerkas berkas;
    private final DirektoriWilayah wilayah;
    private final Akses akses;

    PengaduanController(PenangananPengaduan penanganan, RepositoriPenanganan repo, PenerimaPengaduan penerima,
                        PembukaBerkas berkas, DirektoriWilayah wilayah, Akses akses) {
        this.penanganan = penanganan;
        this.repo = repo;
        this.penerima = penerima;
        this.berkas = berkas;
        this.wilayah = wilayah;
        this.akses = akses;
    }

    @GetMapping("/pengaduan")
    String daftar(@RequestParam(required = false) String status, @RequestParam(required = false) String kategori,
                  @RequestParam(defaultValue = "0") int halaman, Model model) {
        var u = akses.wajibMasuk();
        String s = status != null && STATUS.contains(status) ? status : null;
        String k = kategori != null && Set.of("STUNTING", "KEBAKARAN", "LAYANAN").contains(kategori) ? kategori : null;
        int h = Math.max(0, Math.min(halaman, 100_000));
        var hasil = repo.daftar(u.wilayahKode(), s, k, h, UKURAN);
        model.addAttribute("pengaduan", hasil.isi());
        model.addAttribute("jumlah", hasil.jumlah());
        model.addAttribute("halaman", h);
        model.addAttribute("adaBerikut", (long) (h + 1) * UKURAN < hasil.jumlah());
        model.addAttribute("status", s);
        model.addAttribute("kategori", k);
        model.addAttribute("daftarStatus", List.of(Pengaduan.DITERIMA, Pengaduan.DIPROSES, Pengaduan.SELESAI,
                Pengaduan.TIDAK_VALID, Pengaduan.DIGABUNG));
        model.addAttribute("daftarKategori", Kategori.values());
        model.addAttribute("bolehCatat", akses.bolehMembuka("GET", "/pengaduan/baru"));
        model.addAttribute("namaDesa", (java.util.function.Function<String, String>) wilayah::namaLengkap);
        return "pengaduan/daftar";
    }

    @GetMapping("/pengaduan/{kode}")
    String detail(@PathVariable String kode, Model model) {
        var u = akses.wajibMasuk();
        Pengaduan p = penanganan.lihat(kode);
        boolean identitas = PenangananPengaduan.bolehLihatIdentitas(p, u);
        penanganan.catatBaca(p, identitas);
        model.addAttribute("p", p);
        model.addAttribute("identitas", identitas);
        model.addAttribute("namaDesa", wilayah.namaLengkap(p.desaKode()));
        var catatan = repo.catatan(p.id());
        model.addAttribute("catatanInternal", catatan.stream().filter(c -> !c.publik()).toList());
        model.addAttribute("catatanPublik", catatan.stream().filter(RepositoriPenanganan.Catatan::publik).toList());
        model.addAttribute("berkas", p.berkasNomor() == null ? null : berkas.status(p.berkasNomor()).orElse(null));
        model.addAttribute("bolehTindak", akses.bolehMembuka("POST", "/pengaduan/" + p.kode() + "/gabung"));
        if (!model.containsAttribute("galat")) {
            model.addAttribute("galat", Map.of());
        }
        return "pengaduan/detail";
    }

    @PostMapping("/pengaduan/{kode}/catatan")
    String catatan(@PathVariable String kode, @RequestParam(required = false) String isi,
                   @RequestParam(defaultValue = "false") boolean publik, RedirectAttributes ra) {
        return lakukan(kode, ra, "pengaduan.catatan.disimpan", () -> penanganan.tambahCatatan(kode, isi, publik));
    }

    @PostMapping("/pengaduan/{kode}/gabung")
    String gabung(@PathVariable String kode, @RequestParam(required = false) String keKode, RedirectAttributes ra) {
        return lakukan(kode, ra, "pengaduan.gabung.berhasil", () -> penanganan.gabungkan(kode, keKode));
    }

    @PostMapping("/pengaduan/{kode}/tidak-valid")
    String tidakValid(@PathVariable String kode, @RequestParam(required = false) String alasan, RedirectAttributes ra) {
        return lakukan(kode, ra, "pengaduan.tidak-valid.berhasil", () -> penanganan.tandaiTidakValid(kode, alasan));
    }

    @PostMapping("/pengaduan/{kode}/status")
    String status(@PathVariable String kode, @RequestParam(required = false) String status, RedirectAttributes ra) {
        return lakukan(kode, ra, "pengaduan.status.diubah", () -> penanganan.ubahStatusManual(kode, status));
    }

    private String lakukan(String kode, RedirectAttributes ra, String sukses, Runnable aksi) {
        penanganan.lihat(kode);
        try {
            aksi.run();
            ra.addFlashAttribute("sukses", sukses);
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galatUmum", g.galat().values().iterator().next());
        }
        return "redirect:/pengaduan/" + kode;
    }

    @GetMapping("/pengaduan/baru")
    String formBaru(Model model) {
        model.addAttribute("pilihanDesa", desaDalamCakupan(akses.wajibMasuk()));
        model.addAttribute("daftarKategori", Kategori.values());
        if (!model.containsAttribute("isian")) {
            model.addAttribute("isian", Map.of("saluran", Saluran.DATANG_LANGSUNG.name()));
        }
        if (!model.containsAttribute("galat")) {
            model.addAttribute("galat", Map.of());
        }
        return "pengaduan/baru";
    }

    /** Walk-in and phone complaints keyed at the posko, filed through the same door as every channel. */
    @PostMapping("/pengaduan/baru")
    String catatBaru(@RequestParam(required = false) String kategori, @RequestParam(required = false) String desaKode,
                     @RequestParam(required = false) String uraian, @RequestParam(required = false) String saluran,
                     @RequestParam(required = false) String namaPelapor, @RequestParam(required = false) String telepon,
                     @RequestParam(required = false) String email, @RequestParam(defaultValue = "false") boolean anonim,
                     @RequestParam(required = false) String lintang, @RequestParam(required = false) String bujur,
                     Model model, RedirectAttributes ra) {
        var u = akses.wajibMasuk();
        Map<String, String> isian = new HashMap<>();
        isian.put("kategori", nol(kategori));
        isian.put("desaKode", nol(desaKode));
        isian.put("uraian", nol(uraian));
        isian.put("saluran", nol(saluran));
        isian.put("namaPelapor", nol(namaPelapor));
        isian.put("telepon", nol(telepon));
        isian.put("email", nol(email));
        isian.put("lintang", nol(lintang));
        isian.put("bujur", nol(bujur));
        isian.put("anonim", String.valueOf(anonim));
        try {
            Saluran sal = "TELEPON".equals(saluran) ? Saluran.TELEPON : Saluran.DATANG_LANGSUNG;
            if (desaKode != null && !desaKode.isBlank() && !akses.bolehWilayah(desaKode)) {
                throw new GalatValidasi("desaKode", "pengaduan.galat.desa");
            }
            Double lin = angka(lintang, "lintang");
            Double buj = angka(bujur, "bujur");
            String kode = penerima.terima(new PengaduanMasuk(kategoriDari(kategori), desaKode, uraian, sal,
                    telepon == null ? null : telepon.replaceAll("[\\s+-]", ""), email, namaPelapor, anonim, lin, buj,
                    null, u.username()));
            ra.addFlashAttribute("sukses", "pengaduan.dicatat");
            return "redirect:/pengaduan/" + kode;
        } catch (GalatValidasi g) {
            model.addAttribute("galat", g.galat());
            model.addAttribute("isian", isian);
            return formBaru(model);
        }
    }

    @GetMapping("/pengaduan/laporan")
    String laporan(Model model) {
        var u = akses.wajibMasuk();
        model.addAttribute("laporan", repo.laporan(u.wilayahKode(), 200));
        return "pengaduan/laporan";
    }

    @GetMapping("/pengaduan/laporan/{id}/pdf")
    ResponseEntity<byte[]> laporanPdf(@PathVariable long id) {
        var l = repo.laporan(id).orElseThrow(() -> new TidakDitemukan("Laporan"));
        // Region check through the complaint: the district team reaches every village of its kabupaten.
        Pengaduan p = penanganan.lihat(l.kode());
        penanganan.catatBaca(p, !p.anonim());
        byte[] pdf = repo.pdf(id).orElseThrow(() -> new TidakDitemukan("Laporan"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("laporan-" + l.kode() + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff").body(pdf);
    }

    private List<Wilayah> desaDalamCakupan(PenggunaSaatIni u) {
        List<Wilayah> hasil = new ArrayList<>();
        for (Wilayah kec : wilayah.kecamatanLayanan()) {
            for (Wilayah desa : wilayah.anak(kec.kode())) {
                if (u.wilayahKode() == null || KodeWilayah.termasuk(desa.kode(), u.wilayahKode())) {
                    hasil.add(desa);
                }
            }
        }
        return hasil;
    }

    private static Kategori kategoriDari(String s) {
        try {
            return s == null ? null : Kategori.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Double angka(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new GalatValidasi("lokasi", "pengaduan.galat.lokasi.tidak-sah");
        }
    }

    private static String nol(String s) {
        return s == null ? "" : s;
    }
}
