package id.pelita.akun.internal;

import id.pelita.akun.Akses;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Wilayah;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Administrator screens: list, create and edit users, assign roles and scope, deactivate, unlock. */
@Controller
class AdminPenggunaController {

    private final Akses akses;
    private final LayananPengguna layanan;
    private final DirektoriWilayah wilayah;
    private final AuditLog audit;

    AdminPenggunaController(Akses akses, LayananPengguna layanan, DirektoriWilayah wilayah, AuditLog audit) {
        this.akses = akses;
        this.layanan = layanan;
        this.wilayah = wilayah;
        this.audit = audit;
    }

    @ModelAttribute("semuaPeran")
    Peran[] semuaPeran() {
        return Peran.values();
    }

    @ModelAttribute("pilihanWilayah")
    Map<String, List<Wilayah>> pilihanWilayah() {
        // Kabupaten, kecamatan and villages this deployment serves, grouped by kecamatan for the select box.
        var admin = akses.wajibMasuk();
        Map<String, List<Wilayah>> grup = new LinkedHashMap<>();
        for (Wilayah kec : wilayah.kecamatanLayanan()) {
            List<Wilayah> isi = new ArrayList<>();
            wilayah.cari(kec.indukKode()).ifPresent(isi::add);
            isi.add(kec);
            isi.addAll(wilayah.anak(kec.kode()));
            isi.removeIf(w -> admin.wilayahKode() != null && !id.pelita.wilayah.KodeWilayah.termasuk(w.kode(), admin.wilayahKode()));
            if (!isi.isEmpty()) {
                grup.put(kec.nama(), isi);
            }
        }
        return grup;
    }

    @GetMapping("/admin/pengguna")
    String daftar(Model model) {
        model.addAttribute("daftar", layanan.daftar(akses.wajibMasuk()));
        return "akun/admin-daftar";
    }

    @GetMapping("/admin/pengguna/baru")
    String formBaru(Model model) {
        model.addAttribute("form", new FormPengguna());
        model.addAttribute("baru", true);
        return "akun/admin-form";
    }

    @PostMapping("/admin/pengguna/baru")
    String buat(@Valid @ModelAttribute("form") FormPengguna form, BindingResult hasil, Model model, RedirectAttributes ra) {
        model.addAttribute("baru", true);
        if (hasil.hasErrors()) {
            return "akun/admin-form";
        }
        try {
            long id = layanan.buat(form, akses.wajibMasuk());
            ra.addFlashAttribute("sukses", "pengguna.dibuat");
            return "redirect:/admin/pengguna/" + id;
        } catch (GalatValidasi g) {
            g.galat().forEach((f, k) -> hasil.rejectValue(f.isEmpty() ? null : f, k));
            return "akun/admin-form";
        }
    }

    @GetMapping("/admin/pengguna/{id}")
    String lihat(@PathVariable long id, Model model) {
        Pengguna p = isiAkun(id, model);
        model.addAttribute("form", FormPengguna.dari(p));
        model.addAttribute("baru", false);
        return "akun/admin-form";
    }

    @PostMapping("/admin/pengguna/{id}")
    String ubah(@PathVariable long id, @Valid @ModelAttribute("form") FormPengguna form, BindingResult hasil, Model model,
                RedirectAttributes ra) {
        var admin = akses.wajibMasuk();
        // Username is fixed after creation; validate the rest.
        hasil = tanpaGalatUsername(form, hasil);
        model.addAttribute("org.springframework.validation.BindingResult.form", hasil);
        model.addAttribute("baru", false);
        if (hasil.hasErrors()) {
            isiAkun(id, model);
            return "akun/admin-form";
        }
        try {
            layanan.ubah(id, form, admin);
        } catch (GalatValidasi g) {
            BindingResult h = hasil;
            g.galat().forEach((f, k) -> h.rejectValue(f.isEmpty() ? null : f, k));
            isiAkun(id, model);
            return "akun/admin-form";
        }
        ra.addFlashAttribute("sukses", "pengguna.disimpan");
        return "redirect:/admin/pengguna/" + id;
    }

    @PostMapping("/admin/pengguna/{id}/aktif")
    String aturAktif(@PathVariable long id, @RequestParam boolean aktif, RedirectAttributes ra) {
        try {
            layanan.aturAktif(id, aktif, akses.wajibMasuk());
            ra.addFlashAttribute("sukses", aktif ? "pengguna.diaktifkan" : "pengguna.dinonaktifkan");
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galatUmum", g.galat().values().iterator().next());
        }
        return "redirect:/admin/pengguna/" + id;
    }

    @PostMapping("/admin/pengguna/{id}/buka-kunci")
    String bukaKunci(@PathVariable long id, RedirectAttributes ra) {
        layanan.bukaKunci(id, akses.wajibMasuk());
        ra.addFlashAttribute("sukses", "pengguna.kunci.dibuka");
        return "redirect:/admin/pengguna/" + id;
    }

    /** The account shown beside the form, with its audit history (reading it is itself audited). */
    private Pengguna isiAkun(long id, Model model) {
        Pengguna p = layanan.lihat(id, akses.wajibMasuk());
        model.addAttribute("akun", p);
        model.addAttribute("riwayat", audit.tentang(LayananPengguna.JENIS, String.valueOf(id), 20));
        return p;
    }

    private static BindingResult tanpaGalatUsername(FormPengguna form, BindingResult hasil) {
        if (!hasil.hasFieldErrors("username")) {
            return hasil;
        }
        var bersih = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
        hasil.getFieldErrors().stream().filter(e -> !e.getField().equals("username")).forEach(bersih::addError);
        hasil.getGlobalErrors().forEach(bersih::addError);
        return bersih;
    }
}
