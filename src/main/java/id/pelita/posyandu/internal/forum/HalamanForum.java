package id.pelita.posyandu.internal.forum;

import id.pelita.inti.GalatValidasi;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.wilayah.DirektoriWilayah;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The forum's pages: meetings of the user's region, a new meeting, a meeting with its steps' actions. */
@Controller
class HalamanForum {

    private final LayananForum layanan;
    private final RepositoriForum repo;
    private final PembukaBerkas berkas;
    private final DirektoriWilayah wilayah;

    HalamanForum(LayananForum layanan, RepositoriForum repo, PembukaBerkas berkas, DirektoriWilayah wilayah) {
        this.layanan = layanan;
        this.repo = repo;
        this.berkas = berkas;
        this.wilayah = wilayah;
    }

    @GetMapping("/posyandu/forum")
    String daftar(Model model) {
        model.addAttribute("rapat", layanan.daftar());
        model.addAttribute("bolehBuat", !layanan.kecamatanForum().isEmpty());
        model.addAttribute("namaWilayah", (Function<String, String>) wilayah::namaLengkap);
        return "posyandu/forum/daftar";
    }

    @GetMapping("/posyandu/forum/baru")
    String formBaru(Model model) {
        layanan.pastikanKantor();
        var kecamatan = layanan.kecamatanForum();
        model.addAttribute("pilihanKecamatan", kecamatan);
        if (!model.containsAttribute("isian")) {
            Map<String, String> isian = new HashMap<>();
            isian.put("bulan", YearMonth.from(layanan.hariIni()).toString());
            isian.put("tanggal", layanan.hariIni().toString());
            isian.put("kecamatanKode", kecamatan.isEmpty() ? "" : kecamatan.get(0).kode());
            model.addAttribute("isian", isian);
        }
        if (!model.containsAttribute("galat")) {
            model.addAttribute("galat", Map.of());
        }
        return "posyandu/forum/baru";
    }

    @PostMapping("/posyandu/forum/baru")
    String buat(@RequestParam(required = false) String kecamatanKode, @RequestParam(required = false) String bulan,
                @RequestParam(required = false) String tanggal, @RequestParam(required = false) String jam,
                @RequestParam(required = false) String tempat, @RequestParam(required = false) String agenda,
                @RequestParam(required = false) String undangan, Model model, RedirectAttributes ra) {
        try {
            long id = layanan.buat(kecamatanKode, bulan, tanggal, jam, tempat, agenda, undangan);
            ra.addFlashAttribute("sukses", "forum.dibuat");
            return "redirect:/posyandu/forum/" + id;
        } catch (GalatValidasi g) {
            Map<String, String> isian = new HashMap<>();
            isian.put("kecamatanKode", nol(kecamatanKode));
            isian.put("bulan", nol(bulan));
            isian.put("tanggal", nol(tanggal));
            isian.put("jam", nol(jam));
            isian.put("tempat", nol(tempat));
            isian.put("agenda", nol(agenda));
            isian.put("undangan", nol(undangan));
            model.addAttribute("isian", isian);
            model.addAttribute("galat", g.galat());
            return formBaru(model);
        }
    }

    @GetMapping("/posyandu/forum/{id}")
    String lihat(@PathVariable long id, Model model) {
        RapatForum r = layanan.lihat(id);
        model.addAttribute("r", r);
        model.addAttribute("namaKecamatan", wilayah.namaLengkap(r.kecamatanKode()));
        model.addAttribute("namaBulan", LayananForum.namaBulan(r.bulanLaporan()));
        model.addAttribute("agenda", repo.agenda(id));
        model.addAttribute("undangan", repo.undangan(id));
        model.addAttribute("keputusan", repo.keputusan(id));
        var tindak = repo.tindakLanjut(id);
        model.addAttribute("tindakLanjut", tindak);
        model.addAttribute("tindakTerbuka", tindak.stream().filter(t -> !t.selesai()).count());
        model.addAttribute("hariIni", layanan.hariIni());
        model.addAttribute("berkas", r.berkasNomor() == null ? null : berkas.status(r.berkasNomor()).orElse(null));
        model.addAttribute("bolehLangkah", layanan.bolehLangkah(r));
        model.addAttribute("bolehKantor", bolehKantor());
        model.addAttribute("laporanId", layanan.laporan(r).orElse(null));
        return "posyandu/forum/rapat";
    }

    @PostMapping("/posyandu/forum/{id}/agenda")
    String agenda(@PathVariable long id, @RequestParam(required = false) String judul, RedirectAttributes ra) {
        return lakukan(id, ra, "forum.disimpan", () -> layanan.tambahAgenda(id, judul));
    }

    @PostMapping("/posyandu/forum/{id}/undangan")
    String undangan(@PathVariable long id, @RequestParam(required = false) String nama,
                    @RequestParam(required = false) String unsur, @RequestParam(defaultValue = "false") boolean hadir,
                    RedirectAttributes ra) {
        return lakukan(id, ra, "forum.disimpan", () -> layanan.tambahUndangan(id, nama, unsur, hadir));
    }

    @PostMapping("/posyandu/forum/{id}/kirim-undangan")
    String kirimUndangan(@PathVariable long id, RedirectAttributes ra) {
        return lakukan(id, ra, "forum.langkah.selesai", () -> layanan.kirimUndangan(id));
    }

    @PostMapping("/posyandu/forum/{id}/hadir")
    String hadir(@PathVariable long id, @RequestParam(name = "hadir", required = false) List<Long> hadir,
                 RedirectAttributes ra) {
        return lakukan(id, ra, "forum.disimpan", () -> layanan.aturHadir(id, hadir));
    }

    @PostMapping("/posyandu/forum/{id}/keputusan")
    String keputusan(@PathVariable long id, @RequestParam(required = false) String isi, RedirectAttributes ra) {
        return lakukan(id, ra, "forum.disimpan", () -> layanan.tambahKeputusan(id, isi));
    }

    @PostMapping("/posyandu/forum/{id}/tindak-lanjut")
    String tindakLanjut(@PathVariable long id, @RequestParam(required = false) String penanggungJawab,
                        @RequestParam(required = false) String uraian, @RequestParam(required = false) String tenggat,
                        RedirectAttributes ra) {
        return lakukan(id, ra, "forum.disimpan", () -> layanan.tambahTindakLanjut(id, penanggungJawab, uraian, tenggat));
    }

    @PostMapping("/posyandu/forum/{id}/sahkan")
    String sahkan(@PathVariable long id, @RequestParam(required = false) String notulen, RedirectAttributes ra) {
        return lakukan(id, ra, "forum.langkah.selesai", () -> layanan.sahkan(id, notulen));
    }

    @PostMapping("/posyandu/forum/{id}/tindak-lanjut/{tugasId}/selesai")
    String tugasSelesai(@PathVariable long id, @PathVariable long tugasId,
                        @RequestParam(required = false) String catatan, RedirectAttributes ra) {
        return lakukan(id, ra, "forum.disimpan", () -> layanan.selesaikanTindakLanjut(id, tugasId, catatan));
    }

    @PostMapping("/posyandu/forum/{id}/tutup-tindak-lanjut")
    String tutupTindakLanjut(@PathVariable long id, @RequestParam(required = false) String catatan,
                             RedirectAttributes ra) {
        return lakukan(id, ra, "forum.langkah.selesai", () -> layanan.tutupTindakLanjut(id, catatan));
    }

    @PostMapping("/posyandu/forum/{id}/susun-laporan")
    String susunLaporan(@PathVariable long id, RedirectAttributes ra) {
        return lakukan(id, ra, "forum.langkah.selesai", () -> layanan.susunLaporan(id));
    }

    @PostMapping("/posyandu/forum/{id}/kirim-laporan")
    String kirimLaporan(@PathVariable long id, RedirectAttributes ra) {
        return lakukan(id, ra, "forum.langkah.selesai", () -> layanan.kirimLaporan(id));
    }

    private boolean bolehKantor() {
        try {
            layanan.pastikanKantor();
            return true;
        } catch (GalatValidasi g) {
            return false;
        }
    }

    /** Region first (a meeting outside it is 404), then the action; a broken rule comes back as a message. */
    String lakukan(long id, RedirectAttributes ra, String sukses, Runnable aksi) {
        layanan.lihat(id);
        try {
            aksi.run();
            ra.addFlashAttribute("sukses", sukses);
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galatUmum", g.galat().values().iterator().next());
        }
        return "redirect:/posyandu/forum/" + id;
    }

    private static String nol(String s) {
        return s == null ? "" : s;
    }
}
