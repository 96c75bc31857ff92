package id.pelita.kependudukan.internal;

import id.pelita.akun.Akses;
import id.pelita.inti.GalatValidasi;
import id.pelita.wilayah.DirektoriWilayah;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of a family: /penduduk/keluarga/baru (new family with its head) and /penduduk/keluarga/{id} (members,
 * adding one, correcting the card: KK number, address, RT/RW — htmx swaps only the card section).
 */
@Controller
class HalamanKeluarga {

    private final LayananKependudukan layanan;
    private final Akses akses;
    private final DirektoriWilayah wilayah;

    HalamanKeluarga(LayananKependudukan layanan, Akses akses, DirektoriWilayah wilayah) {
        this.layanan = layanan;
        this.akses = akses;
        this.wilayah = wilayah;
    }

    @GetMapping("/penduduk/keluarga/baru")
    String formBaru(Model model) {
        model.addAttribute("form", new FormKeluargaBaru());
        return halamanBaru(model);
    }

    @PostMapping("/penduduk/keluarga/baru")
    String buat(@Valid @ModelAttribute("form") FormKeluargaBaru form, BindingResult hasil, Model model,
                RedirectAttributes ra) {
        if (!hasil.hasErrors()) {
            try {
                var t = layanan.buatKeluarga(form);
                ra.addFlashAttribute("sukses", "keluarga.dibuat");
                ra.addFlashAttribute("peringatan", t.peringatan());
                return "redirect:/penduduk/keluarga/" + t.id();
            } catch (GalatValidasi g) {
                GalatKeIsian.salin(g, hasil);
            } catch (NomorSudahTerdaftar e) {
                GalatKeIsian.salin(e, hasil);
            }
        }
        return halamanBaru(model);
    }

    @GetMapping("/penduduk/keluarga/{id}")
    String lihat(@PathVariable long id, Model model) {
        isi(id, model);
        model.addAttribute("formAnggota", new FormAnggota());
        return "kependudukan/keluarga";
    }

    /** Corrects the family card; an htmx request gets back only the card section (with errors or the result). */
    @PostMapping("/penduduk/keluarga/{id}/ubah")
    String ubah(@PathVariable long id, @Valid @ModelAttribute("formKeluarga") FormKeluarga form, BindingResult hasil,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes ra) {
        boolean tersimpan = false;
        if (!hasil.hasErrors()) {
            try {
                layanan.ubahKeluarga(id, form);
                tersimpan = true;
                if (htmx == null) {
                    ra.addFlashAttribute("sukses", "keluarga.dikoreksi");
                    return "redirect:/penduduk/keluarga/" + id;
                }
            } catch (GalatValidasi g) {
                GalatKeIsian.salin(g, hasil);
            } catch (NomorSudahTerdaftar e) {
                GalatKeIsian.salin(e, hasil);
            }
        }
        isi(id, model, !tersimpan);
        model.addAttribute("formAnggota", new FormAnggota());
        if (tersimpan) {
            model.addAttribute("koreksiSukses", true);
        } else {
            model.addAttribute("formKeluargaTerbuka", true);
        }
        return htmx != null ? "kependudukan/keluarga :: kartu" : "kependudukan/keluarga";
    }

    /** Adds a member; an htmx request gets back only the members section (list and form), nothing reloads. */
    @PostMapping("/penduduk/keluarga/{id}/anggota")
    String tambahAnggota(@PathVariable long id, @Valid @ModelAttribute("formAnggota") FormAnggota form,
                         BindingResult hasil, @RequestHeader(name = "HX-Request", required = false) String htmx,
                         Model model, RedirectAttributes ra) {
        boolean tersimpan = false;
        if (!hasil.hasErrors()) {
            try {
                var t = layanan.tambahAnggota(id, form);
                tersimpan = true;
                model.addAttribute("peringatanAnggota", t.peringatan());
                if (htmx == null) {
                    ra.addFlashAttribute("sukses", "keluarga.anggota.ditambah");
                    ra.addFlashAttribute("peringatan", t.peringatan());
                    return "redirect:/penduduk/keluarga/" + id;
                }
            } catch (GalatValidasi g) {
                GalatKeIsian.salin(g, hasil);
            } catch (NomorSudahTerdaftar e) {
                GalatKeIsian.salin(e, hasil);
            }
        }
        isi(id, model);
        if (tersimpan) {
            model.addAttribute("formAnggota", new FormAnggota());
            model.addAttribute("tambahSukses", true);
        } else {
            model.addAttribute("formAnggotaTerbuka", true);
        }
        return htmx != null ? "kependudukan/keluarga :: anggota" : "kependudukan/keluarga";
    }

    private void isi(long id, Model model) {
        isi(id, model, false);
    }

    /** @param formDikirim keep the posted correction form (with its errors) instead of a fresh one */
    private void isi(long id, Model model, boolean formDikirim) {
        Keluarga k = layanan.lihatKeluarga(id);
        if (!formDikirim) {
            model.addAttribute("formKeluarga", FormKeluarga.dari(k));
        }
        boolean lengkap = layanan.bolehLihatNomor(k.desaKode());
        model.addAttribute("keluarga", k);
        model.addAttribute("noKk", ModelKependudukan.tampil(k.noKk(), lengkap));
        model.addAttribute("namaDesa", wilayah.namaLengkap(k.desaKode()));
        model.addAttribute("anggota", layanan.anggota(id).stream()
                .map(p -> new ModelKependudukan.Baris(p, ModelKependudukan.tampil(p.nik(), lengkap), null)).toList());
        model.addAttribute("bolehUbah", layanan.bolehUbah(k.desaKode()));
    }

    private String halamanBaru(Model model) {
        var p = akses.wajibMasuk();
        model.addAttribute("cakupan", p.wilayahKode() == null ? "" : wilayah.namaLengkap(p.wilayahKode()));
        return "kependudukan/keluarga-baru";
    }
}
