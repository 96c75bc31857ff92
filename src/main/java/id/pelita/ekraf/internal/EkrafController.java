package id.pelita.ekraf.internal;

import id.pelita.akun.Akses;
import id.pelita.ekraf.internal.LayananEkraf.IsianDukungan;
import id.pelita.ekraf.internal.LayananEkraf.IsianKegiatan;
import id.pelita.ekraf.internal.LayananEkraf.IsianPelaku;
import id.pelita.ekraf.internal.RepositoriEkraf.Kegiatan;
import id.pelita.ekraf.internal.RepositoriEkraf.Pelaku;
import id.pelita.ekraf.internal.RepositoriEkraf.Program;
import id.pelita.inti.GalatValidasi;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.wilayah.DirektoriWilayah;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Staff pages of the VCO programme: producers, programme plans and their SOP steps, sessions, visits, support. */
@Controller
class EkrafController {

    private final LayananEkraf layanan;
    private final PembukaBerkas berkas;
    private final DirektoriWilayah wilayah;
    private final Akses akses;

    EkrafController(LayananEkraf layanan, PembukaBerkas berkas, DirektoriWilayah wilayah, Akses akses) {
        this.layanan = layanan;
        this.berkas = berkas;
        this.wilayah = wilayah;
        this.akses = akses;
    }

    @GetMapping("/ekraf")
    String beranda(Model model) {
        model.addAttribute("program", layanan.daftarProgram());
        model.addAttribute("pelaku", layanan.daftarPelaku());
        model.addAttribute("hariIni", layanan.hariIni());
        model.addAttribute("bolehRencana", akses.bolehMembuka("GET", "/ekraf/program/baru"));
        model.addAttribute("bolehDaftar", akses.bolehMembuka("GET", "/ekraf/pelaku/baru"));
        model.addAttribute("namaWilayah", (Function<String, String>) this::namaPendek);
        return "ekraf/beranda";
    }

    // --- producers

    @GetMapping("/ekraf/pelaku/baru")
    String formPelaku(Model model) {
        return tampilPelaku(model, null, IsianPelaku.kosong(), Map.of());
    }

    @PostMapping("/ekraf/pelaku/baru")
    String buatPelaku(IsianPelaku isian, Model model, RedirectAttributes ra) {
        try {
            long id = layanan.simpanPelaku(null, isian);
            ra.addFlashAttribute("sukses", "ekraf.pelaku.disimpan");
            return "redirect:/ekraf/pelaku/" + id;
        } catch (GalatValidasi g) {
            return tampilPelaku(model, null, isian, g.galat());
        }
    }

    @GetMapping("/ekraf/pelaku/{id}")
    String pelaku(@PathVariable long id, Model model) {
        Pelaku p = layanan.bacaPelaku(id);
        return tampilPelaku(model, p, IsianPelaku.dari(p), Map.of());
    }

    @PostMapping("/ekraf/pelaku/{id}")
    String ubahPelaku(@PathVariable long id, IsianPelaku isian, Model model, RedirectAttributes ra) {
        Pelaku p = layanan.lihatPelaku(id);
        try {
            layanan.simpanPelaku(id, isian);
            ra.addFlashAttribute("sukses", "ekraf.pelaku.disimpan");
            return "redirect:/ekraf/pelaku/" + id;
        } catch (GalatValidasi g) {
            return tampilPelaku(model, p, isian, g.galat());
        }
    }

    private String tampilPelaku(Model model, Pelaku p, IsianPelaku isian, Map<String, String> galat) {
        model.addAttribute("p", p);
        model.addAttribute("isian", isian);
        model.addAttribute("galat", galat);
        model.addAttribute("pilihanDesa", layanan.pilihanDesa());
        model.addAttribute("hariIni", layanan.hariIni());
        model.addAttribute("bolehUbah", akses.bolehMembuka("POST", p == null ? "/ekraf/pelaku/baru" : "/ekraf/pelaku/" + p.id()));
        model.addAttribute("namaDesa", p == null ? null : wilayah.namaLengkap(p.desaKode()));
        return "ekraf/pelaku";
    }

    // --- programmes

    @GetMapping("/ekraf/program/baru")
    String formProgram(Model model) {
        return tampilProgramBaru(model, Map.of("tahun", String.valueOf(layanan.hariIni().getYear())), Map.of());
    }

    @PostMapping("/ekraf/program/baru")
    String buatProgram(@RequestParam(required = false) String kecamatanKode, @RequestParam(required = false) String tahun,
                       @RequestParam(required = false) String judul, @RequestParam(required = false) String rancangan,
                       Model model, RedirectAttributes ra) {
        try {
            long id = layanan.buatProgram(kecamatanKode, tahun, judul, rancangan);
            ra.addFlashAttribute("sukses", "ekraf.program.dibuat");
            return "redirect:/ekraf/program/" + id;
        } catch (GalatValidasi g) {
            Map<String, String> isian = new java.util.HashMap<>();
            isian.put("kecamatanKode", kecamatanKode);
            isian.put("tahun", tahun);
            isian.put("judul", judul);
            isian.put("rancangan", rancangan);
            return tampilProgramBaru(model, isian, g.galat());
        }
    }

    private String tampilProgramBaru(Model model, Map<String, String> isian, Map<String, String> galat) {
        model.addAttribute("pilihanKecamatan", layanan.pilihanKecamatan());
        model.addAttribute("isian", isian);
        model.addAttribute("galat", galat);
        return "ekraf/program-baru";
    }

    @GetMapping("/ekraf/program/{id}")
    String program(@PathVariable long id, Model model) {
        return tampilProgram(id, model, Map.of(), null, null);
    }

    /** Corrects the plan while step 1 is open. */
    @PostMapping("/ekraf/program/{id}")
    String ubahRancangan(@PathVariable long id, @RequestParam(required = false) String judul,
                         @RequestParam(required = false) String rancangan, Model model, RedirectAttributes ra) {
        return lakukan(id, model, ra, "ekraf.program.diubah", () -> layanan.ubahRancangan(id, judul, rancangan), null, null);
    }

    @PostMapping("/ekraf/program/{id}/langkah")
    String langkah(@PathVariable long id, @RequestParam(required = false) Integer langkahNo,
                   @RequestParam(required = false) String output, @RequestParam(required = false) String catatan,
                   Model model, RedirectAttributes ra) {
        return lakukan(id, model, ra, "ekraf.langkah.selesai",
                () -> layanan.selesaikanLangkah(id, langkahNo, output, catatan), null, null);
    }

    @PostMapping("/ekraf/program/{id}/kegiatan")
    String kegiatan(@PathVariable long id, IsianKegiatan isian,
                    @RequestParam(name = "foto", required = false) List<MultipartFile> foto, Model model,
                    RedirectAttributes ra) {
        return lakukan(id, model, ra, "ekraf.kegiatan.disimpan", () -> layanan.catatKegiatan(id, isian, foto), isian, null);
    }

    @PostMapping("/ekraf/program/{id}/dukungan")
    String dukungan(@PathVariable long id, IsianDukungan isian, Model model, RedirectAttributes ra) {
        return lakukan(id, model, ra, "ekraf.dukungan.disimpan", () -> layanan.catatDukungan(id, isian), null, isian);
    }

    private String lakukan(long id, Model model, RedirectAttributes ra, String sukses, Runnable aksi,
                           IsianKegiatan kegiatan, IsianDukungan dukungan) {
        layanan.lihatProgram(id);
        try {
            aksi.run();
            ra.addFlashAttribute("sukses", sukses);
            return "redirect:/ekraf/program/" + id;
        } catch (GalatValidasi g) {
            model.addAttribute("galatUmum", g.galat().values().iterator().next());
            return tampilProgram(id, model, g.galat(), kegiatan, dukungan);
        }
    }

    private String tampilProgram(long id, Model model, Map<String, String> galat, IsianKegiatan kegiatan,
                                 IsianDukungan dukungan) {
        Program p = layanan.lihatProgram(id);
        List<Kegiatan> semua = layanan.kegiatan(p);
        model.addAttribute("p", p);
        model.addAttribute("namaKecamatan", wilayah.namaLengkap(p.kecamatanKode()));
        model.addAttribute("berkas", p.berkasNomor() == null ? null : berkas.status(p.berkasNomor()).orElse(null));
        model.addAttribute("menunggu", layanan.menunggu(p).orElse(null));
        model.addAttribute("bolehLangkah", layanan.bolehLangkah(p));
        model.addAttribute("penyuluhan", semua.stream().filter(k -> Kegiatan.PENYULUHAN.equals(k.jenis())).toList());
        model.addAttribute("pembinaan", semua.stream().filter(k -> Kegiatan.PEMBINAAN.equals(k.jenis())).toList());
        model.addAttribute("dukungan", layanan.dukungan(p));
        var pelaku = layanan.daftarPelaku().stream().filter(x -> x.kecamatanKode().equals(p.kecamatanKode())).toList();
        model.addAttribute("pelaku", pelaku);
        model.addAttribute("namaPelaku", (Function<Long, String>) pid -> pid == null ? "" : pelaku.stream()
                .filter(x -> x.id().equals(pid)).map(Pelaku::namaTampil).findFirst().orElse("#" + pid));
        boolean berjalan = Program.BERJALAN.equals(p.status());
        model.addAttribute("bolehCatat", berjalan && p.langkahSelesai() >= 1
                && akses.bolehMembuka("POST", "/ekraf/program/" + p.id() + "/kegiatan"));
        model.addAttribute("bolehUbahRancangan", berjalan && p.langkahSelesai() == 0 && layanan.bolehLangkah(p));
        model.addAttribute("galat", kegiatan == null && dukungan == null ? galat : Map.of());
        model.addAttribute("galatKegiatan", kegiatan != null ? galat : Map.of());
        model.addAttribute("galatDukungan", dukungan != null ? galat : Map.of());
        model.addAttribute("isianKegiatan", kegiatan != null ? kegiatan : IsianKegiatan.kosong(
                p.langkahSelesai() >= 2 ? Kegiatan.PEMBINAAN : Kegiatan.PENYULUHAN));
        model.addAttribute("isianDukungan", dukungan != null ? dukungan : IsianDukungan.kosong());
        model.addAttribute("hariIni", layanan.hariIni());
        model.addAttribute("fotoMaks", LayananEkraf.FOTO_MAKS);
        return "ekraf/program";
    }

    @GetMapping("/ekraf/foto/{id}")
    ResponseEntity<byte[]> foto(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff").body(layanan.foto(id));
    }

    private String namaPendek(String kode) {
        return wilayah.cari(kode).map(w -> w.nama()).orElse(kode);
    }
}
