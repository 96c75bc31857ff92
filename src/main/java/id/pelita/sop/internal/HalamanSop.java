package id.pelita.sop.internal;

import id.pelita.inti.TidakDitemukan;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.DefinisiTidakSah;
import id.pelita.sop.WaktuBaku;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages under /sop: catalogue, one SOP with its versions, new SOP (paste or upload), revision, download. */
@Controller
class HalamanSop {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final KatalogSopJdbc katalog;
    private final id.pelita.akun.Akses akses;

    HalamanSop(KatalogSopJdbc katalog, id.pelita.akun.Akses akses) {
        this.katalog = katalog;
        this.akses = akses;
    }

    /** Whether to offer "new" and "revise" buttons: the same rules that guard those pages. */
    @org.springframework.web.bind.annotation.ModelAttribute("bolehUbah")
    boolean bolehUbah() {
        return akses.bolehMembuka("GET", "/sop/baru");
    }

    @GetMapping("/sop")
    String daftar(Model model) {
        model.addAttribute("daftar", katalog.daftar());
        return "sop/daftar";
    }

    @GetMapping("/sop/{kode}")
    String terbaru(@PathVariable String kode, Model model) {
        return tampil(katalog.terbaru(kode).orElseThrow(() -> new TidakDitemukan("SOP " + kode)), true, model);
    }

    @GetMapping("/sop/{kode}/versi/{versi}")
    String versi(@PathVariable String kode, @PathVariable int versi, Model model) {
        DefinisiSop d = katalog.versi(kode, versi).orElseThrow(() -> new TidakDitemukan("SOP " + kode + " versi " + versi));
        int terbaru = katalog.riwayat(kode).get(0).versi();
        return tampil(d, d.versi() == terbaru, model);
    }

    @GetMapping("/sop/{kode}/versi/{versi}/yaml")
    ResponseEntity<byte[]> unduh(@PathVariable String kode, @PathVariable int versi) {
        String teks = katalog.teks(kode, versi).orElseThrow(() -> new TidakDitemukan("SOP " + kode + " versi " + versi));
        return ResponseEntity.ok()
                .contentType(YAML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(kode.toLowerCase(java.util.Locale.ROOT) + "-v" + versi + ".yaml").build().toString())
                .body(teks.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/sop/baru")
    String formBaru(Model model) {
        model.addAttribute("yaml", "");
        model.addAttribute("catatan", "");
        return "sop/baru";
    }

    @PostMapping("/sop/baru")
    String simpanBaru(@RequestParam(required = false) String yaml, @RequestParam(required = false) MultipartFile berkas,
                      @RequestParam(required = false) String catatan, Model model, RedirectAttributes ra) {
        String teks = yaml;
        try {
            if (berkas != null && !berkas.isEmpty()) {
                BatasUnggah.namaBerkas(berkas.getOriginalFilename());
                teks = BatasUnggah.teks(berkas.getBytes());
            } else if (teks != null) {
                teks = BatasUnggah.teks(teks.getBytes(StandardCharsets.UTF_8));
            }
            DefinisiSop d = katalog.simpanRevisi(teks, catatan);
            ra.addFlashAttribute("sukses", "sop.tersimpan");
            return "redirect:/sop/" + d.kode();
        } catch (DefinisiTidakSah e) {
            model.addAttribute("galat", e.galat());
            model.addAttribute("yaml", teks == null ? "" : teks);
            model.addAttribute("catatan", catatan);
            return "sop/baru";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @GetMapping("/sop/{kode}/revisi")
    String formRevisi(@PathVariable String kode, Model model) {
        var baris = katalog.riwayat(kode);
        if (baris.isEmpty()) {
            throw new TidakDitemukan("SOP " + kode);
        }
        model.addAttribute("definisi", katalog.definisi(baris.get(0)));
        model.addAttribute("yaml", baris.get(0).yaml());
        model.addAttribute("catatan", "");
        return "sop/revisi";
    }

    @PostMapping("/sop/{kode}/revisi")
    String simpanRevisi(@PathVariable String kode, @RequestParam(required = false) String yaml,
                        @RequestParam(required = false) String catatan, Model model, RedirectAttributes ra) {
        DefinisiSop lama = katalog.terbaru(kode).orElseThrow(() -> new TidakDitemukan("SOP " + kode));
        try {
            String teks = BatasUnggah.teks(yaml == null ? new byte[0] : yaml.getBytes(StandardCharsets.UTF_8));
            if (catatan == null || catatan.isBlank()) {
                throw new DefinisiTidakSah(List.of(new DefinisiTidakSah.Galat("catatan", "catatan revisi wajib diisi")));
            }
            String kodeTeks = katalog.kodeDalam(teks);
            if (kodeTeks != null && !kodeTeks.equals(kode)) {
                throw new DefinisiTidakSah(List.of(new DefinisiTidakSah.Galat("kode",
                        "kode \"" + kodeTeks + "\" berbeda dengan SOP yang direvisi (" + kode + ")")));
            }
            DefinisiSop d = katalog.simpanRevisi(teks, catatan);
            ra.addFlashAttribute("sukses", "sop.tersimpan");
            return "redirect:/sop/" + d.kode();
        } catch (DefinisiTidakSah e) {
            model.addAttribute("definisi", lama);
            model.addAttribute("galat", e.galat());
            model.addAttribute("yaml", yaml);
            model.addAttribute("catatan", catatan);
            return "sop/revisi";
        }
    }

    private String tampil(DefinisiSop d, boolean terbaru, Model model) {
        model.addAttribute("sop", d);
        model.addAttribute("terbaru", terbaru);
        model.addAttribute("riwayat", katalog.riwayat(d.kode()));
        Map<String, String> waktu = new LinkedHashMap<>();
        d.langkah().forEach(l -> waktu.put(String.valueOf(l.no()), WaktuBaku.parse(l.waktu()).teks()));
        model.addAttribute("waktu", waktu);
        return "sop/lihat";
    }
}
