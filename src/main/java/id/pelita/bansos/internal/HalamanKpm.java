package id.pelita.bansos.internal;

import id.pelita.akun.Akses;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Wilayah;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Pages of beneficiary families (KPM) and distribution rounds with handover proofs. */
@Controller
class HalamanKpm {

    private final LayananKpm layanan;
    private final Akses akses;
    private final DirektoriWilayah wilayah;
    private final Clock jam;

    HalamanKpm(LayananKpm layanan, Akses akses, DirektoriWilayah wilayah, Clock jam) {
        this.layanan = layanan;
        this.akses = akses;
        this.wilayah = wilayah;
        this.jam = jam;
    }

    private List<Wilayah> pilihanDesa() {
        String k = akses.wajibMasuk().wilayahKode();
        if (k == null) {
            return List.of();
        }
        int tingkat = k.split("\\.").length;
        return tingkat == 4 ? wilayah.cari(k).map(List::of).orElse(List.of()) : tingkat == 3 ? wilayah.anak(k) : List.of();
    }

    private String desaTerpilih(String desa, List<Wilayah> pilihan) {
        if (desa != null && !desa.isBlank()) {
            return desa;
        }
        return pilihan.isEmpty() ? null : pilihan.get(0).kode();
    }

    @GetMapping("/bansos/kpm")
    String kpm(@RequestParam(required = false) String desa, @RequestParam(required = false) String program, Model model) {
        var pilihan = pilihanDesa();
        String d = desaTerpilih(desa, pilihan);
        model.addAttribute("pilihanDesa", pilihan);
        model.addAttribute("desa", d);
        model.addAttribute("program", Program.dari(program) == null ? null : program);
        model.addAttribute("daftarProgram", Program.values());
        model.addAttribute("daftar", d == null ? List.of() : layanan.daftar(d, program));
        return "bansos/kpm";
    }

    @PostMapping("/bansos/kpm")
    String catat(@RequestParam(required = false) String program, @RequestParam(required = false) String desaKode,
                 @RequestParam(required = false) String nama, @RequestParam(required = false) String nik,
                 @RequestParam(required = false) String kk, RedirectAttributes ra) {
        try {
            var h = layanan.catat(program, desaKode, nama, nik, kk);
            ra.addFlashAttribute("sukses", "bansos.kpm.dicatat");
            if (!h.programLain().isEmpty()) {
                ra.addFlashAttribute("peringatan", h.programLain());
            }
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galatUmum", g.galat().values().iterator().next());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/bansos/kpm").queryParam("desa", desaKode)
                .queryParam("program", program).encode().toUriString();
    }

    @GetMapping("/bansos/penyaluran")
    String penyaluran(@RequestParam(required = false) String desa, Model model) {
        var pilihan = pilihanDesa();
        String d = desaTerpilih(desa, pilihan);
        model.addAttribute("pilihanDesa", pilihan);
        model.addAttribute("desa", d);
        model.addAttribute("daftarProgram", Program.values());
        model.addAttribute("daftar", d == null ? List.of() : layanan.daftarPenyaluran(d));
        model.addAttribute("hariIni", LocalDate.now(jam));
        return "bansos/penyaluran";
    }

    @PostMapping("/bansos/penyaluran")
    String buatPenyaluran(@RequestParam(required = false) String program, @RequestParam(required = false) String desaKode,
                          @RequestParam(required = false) String periode,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
                          RedirectAttributes ra) {
        try {
            long id = layanan.buatPenyaluran(program, desaKode, periode, tanggal);
            ra.addFlashAttribute("sukses", "bansos.penyaluran.dibuat");
            return "redirect:/bansos/penyaluran/" + id;
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galatUmum", g.galat().values().iterator().next());
            return "redirect:/bansos/penyaluran";
        }
    }

    @GetMapping("/bansos/penyaluran/{id}")
    String detail(@PathVariable long id, Model model) {
        var p = layanan.penyaluran(id);
        model.addAttribute("p", p);
        model.addAttribute("namaDesa", wilayah.namaLengkap(p.desaKode()));
        model.addAttribute("daftar", layanan.penerima(p));
        model.addAttribute("hariIni", LocalDate.now(jam));
        return "bansos/penyaluran-detail";
    }

    @PostMapping("/bansos/penyaluran/{id}/serah")
    String serahkan(@PathVariable long id, @RequestParam(defaultValue = "0") long kpmId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
                    @RequestParam(required = false) String penerimaNama,
                    @RequestParam(name = "foto", required = false) MultipartFile foto,
                    @RequestParam(required = false) String buktiJenis,
                    @RequestParam(name = "bukti", required = false) MultipartFile bukti, RedirectAttributes ra) {
        try {
            var lain = layanan.serahkan(id, kpmId, tanggal, penerimaNama, foto, buktiJenis, bukti);
            ra.addFlashAttribute("sukses", "bansos.serah.dicatat");
            if (!lain.isEmpty()) {
                ra.addFlashAttribute("peringatan", lain);
            }
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galatUmum", g.galat().values().iterator().next());
        }
        return "redirect:/bansos/penyaluran/" + id;
    }

    @GetMapping("/bansos/penyaluran/{id}/serah/{serahId}/{jenis}")
    ResponseEntity<byte[]> gambar(@PathVariable long id, @PathVariable long serahId, @PathVariable String jenis) {
        if (!"foto".equals(jenis) && !"bukti".equals(jenis)) {
            throw new TidakDitemukan("gambar");
        }
        var g = layanan.gambar(id, serahId, "foto".equals(jenis));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(g.getKey()))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").body(g.getValue());
    }
}
