package id.pelita.posyandu.internal;

import id.pelita.akun.Akses;
import id.pelita.inti.GalatValidasi;
import id.pelita.posyandu.internal.Model.Anak;
import id.pelita.posyandu.internal.Model.Ibu;
import id.pelita.wilayah.DirektoriWilayah;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The KIA book register of a village (seed 004: every mother of a child under 6 gets a book): mothers with their
 * book number and hand-over date, the mothers of under-6 children still without a book, children, and the forms
 * to add a mother or a child (by NIK from the register, or a newborn by name) and to record a book handed over.
 */
@Controller
class HalamanKia {

    private final LayananPosyandu layanan;
    private final RepositoriPosyandu repo;
    private final DirektoriWilayah wilayah;
    private final Akses akses;

    HalamanKia(LayananPosyandu layanan, RepositoriPosyandu repo, DirektoriWilayah wilayah, Akses akses) {
        this.layanan = layanan;
        this.repo = repo;
        this.wilayah = wilayah;
        this.akses = akses;
    }

    @GetMapping("/posyandu/kia")
    String kia(@RequestParam(required = false) String desa, Model model) {
        String kode = HalamanPosyandu.pilihDesa(layanan, desa, model);
        List<Ibu> ibu = kode == null ? List.of() : repo.ibuDesa(kode);
        List<Anak> anak = kode == null ? List.of() : repo.anakDesa(kode);
        Map<Long, List<Anak>> anakIbu = anak.stream().filter(a -> a.ibuId() != null)
                .collect(Collectors.groupingBy(Anak::ibuId));
        model.addAttribute("ibu", ibu);
        model.addAttribute("anakIbu", anakIbu);
        model.addAttribute("anakTanpaIbu", anak.stream().filter(a -> a.ibuId() == null).toList());
        model.addAttribute("tanpaBuku", kode == null ? List.of() : repo.ibuTanpaBuku(kode, layanan.hariIni()));
        model.addAttribute("namaDesa", kode == null ? "" : wilayah.namaLengkap(kode));
        model.addAttribute("hariIni", layanan.hariIni());
        model.addAttribute("bolehCatat", HalamanPosyandu.pencatat(akses));
        return "posyandu/kia";
    }

    private String kembali(String desa) {
        return "redirect:/posyandu/kia" + (desa == null ? "" : "?desa=" + desa);
    }

    @PostMapping("/posyandu/kia/ibu")
    String tambahIbu(@RequestParam(required = false) String desaKode, @RequestParam(required = false) String nik,
                     @RequestParam(required = false) String nama,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggalLahir,
                     @RequestParam(required = false) String telepon, RedirectAttributes ra) {
        String desa = layanan.desaSaya() != null ? layanan.desaSaya() : desaKode;
        try {
            layanan.tambahIbu(desa, nik, nama, tanggalLahir, telepon);
            ra.addFlashAttribute("sukses", "posyandu.ibu.disimpan");
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galat", new ArrayList<>(g.galat().values()));
        }
        return kembali(desa);
    }

    @PostMapping("/posyandu/kia/anak")
    String tambahAnak(@RequestParam(required = false) String desaKode, @RequestParam(required = false) Long ibuId,
                      @RequestParam(required = false) String nik, @RequestParam(required = false) String nama,
                      @RequestParam(required = false) String jenisKelamin,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggalLahir,
                      RedirectAttributes ra) {
        String desa = layanan.desaSaya() != null ? layanan.desaSaya() : desaKode;
        try {
            long id = layanan.tambahAnak(desa, ibuId, nik, nama, jenisKelamin, tanggalLahir);
            ra.addFlashAttribute("sukses", "posyandu.anak.disimpan");
            return "redirect:/posyandu/anak/" + id;
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galat", new ArrayList<>(g.galat().values()));
        }
        return kembali(desa);
    }

    @PostMapping("/posyandu/kia/ibu/{id}/buku")
    String buku(@PathVariable long id, @RequestParam(required = false) String nomor,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
                RedirectAttributes ra) {
        Ibu i = layanan.ibu(id);
        try {
            layanan.serahkanBuku(id, nomor, tanggal);
            ra.addFlashAttribute("sukses", "posyandu.buku.disimpan");
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galat", new ArrayList<>(g.galat().values()));
        }
        return kembali(i.desaKode());
    }
}
