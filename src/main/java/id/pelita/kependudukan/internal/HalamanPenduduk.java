package id.pelita.kependudukan.internal;

import id.pelita.akun.Akses;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pages /penduduk (list and search; htmx swaps only the results) and /penduduk/{id} (one resident). */
@Controller
class HalamanPenduduk {

    static final int BATAS_DAFTAR = 100;

    private final LayananKependudukan layanan;
    private final Akses akses;
    private final DirektoriWilayah wilayah;

    HalamanPenduduk(LayananKependudukan layanan, Akses akses, DirektoriWilayah wilayah) {
        this.layanan = layanan;
        this.akses = akses;
        this.wilayah = wilayah;
    }

    @GetMapping("/penduduk")
    String daftar(@RequestParam(required = false) String q,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var p = akses.wajibMasuk();
        List<Penduduk> hasil = layanan.cari(q, BATAS_DAFTAR + 1);
        // Village names only matter to users who see more than one village.
        boolean satuDesa = p.punya(Peran.OPERATOR_DESA);
        model.addAttribute("daftar", hasil.stream().limit(BATAS_DAFTAR)
                .map(x -> new ModelKependudukan.Baris(x, ModelKependudukan.tampil(x.nik(), false),
                        satuDesa ? null : wilayah.cari(x.desaKode()).map(w -> w.nama()).orElse(x.desaKode())))
                .toList());
        model.addAttribute("penuh", hasil.size() > BATAS_DAFTAR);
        model.addAttribute("q", q);
        model.addAttribute("cakupan", p.wilayahKode() == null ? "" : wilayah.namaLengkap(p.wilayahKode()));
        model.addAttribute("bolehTambah", p.punya(Peran.OPERATOR_DESA));
        return htmx != null ? "kependudukan/daftar :: hasil" : "kependudukan/daftar";
    }

    @GetMapping("/penduduk/{id}")
    String lihat(@PathVariable long id, Model model) {
        Penduduk p = isi(id, model);
        model.addAttribute("form", FormPenduduk.dari(p));
        model.addAttribute("formMutasi", mutasiBaru());
        return "kependudukan/penduduk";
    }

    @PostMapping("/penduduk/{id}")
    String ubah(@PathVariable long id, @Valid @ModelAttribute("form") FormPenduduk form, BindingResult hasil,
                Model model, RedirectAttributes ra) {
        if (!hasil.hasErrors()) {
            try {
                var t = layanan.ubah(id, form);
                ra.addFlashAttribute("sukses", "penduduk.disimpan");
                ra.addFlashAttribute("peringatan", t.peringatan());
                return "redirect:/penduduk/" + id;
            } catch (GalatValidasi g) {
                GalatKeIsian.salin(g, hasil);
            } catch (NomorSudahTerdaftar e) {
                GalatKeIsian.salin(e, hasil);
            }
        }
        isi(id, model);
        model.addAttribute("formMutasi", mutasiBaru());
        model.addAttribute("bukaUbah", true);
        return "kependudukan/penduduk";
    }

    @PostMapping("/penduduk/{id}/mutasi")
    String mutasi(@PathVariable long id, @Valid @ModelAttribute("formMutasi") FormMutasi form, BindingResult hasil,
                  Model model, RedirectAttributes ra) {
        if (!hasil.hasErrors()) {
            try {
                layanan.catatMutasi(id, form);
                ra.addFlashAttribute("sukses", "mutasi.dicatat");
                return "redirect:/penduduk/" + id;
            } catch (GalatValidasi g) {
                GalatKeIsian.salin(g, hasil);
            }
        }
        Penduduk p = isi(id, model);
        model.addAttribute("form", FormPenduduk.dari(p));
        model.addAttribute("bukaMutasi", true);
        return "kependudukan/penduduk";
    }

    /** The resident shown (read and audited through the service), with what the page around the forms needs. */
    private Penduduk isi(long id, Model model) {
        Penduduk p = layanan.lihat(id);
        boolean lengkap = layanan.bolehLihatNomor(p.desaKode());
        model.addAttribute("p", p);
        model.addAttribute("nik", ModelKependudukan.tampil(p.nik(), lengkap));
        model.addAttribute("namaDesa", wilayah.namaLengkap(p.desaKode()));
        model.addAttribute("riwayat", layanan.riwayat(id));
        model.addAttribute("bolehUbah", layanan.bolehUbah(p.desaKode()));
        Map<String, Integer> nilai = new LinkedHashMap<>();
        nilai.put("shdk", p.shdk());
        nilai.put("agama", p.agama());
        nilai.put("pendidikan", p.pendidikan());
        nilai.put("pekerjaan", p.pekerjaan());
        nilai.put("statusKawin", p.statusKawin());
        nilai.put("golonganDarah", p.golonganDarah());
        nilai.put("statusRekamKtp", p.statusRekamKtp());
        nilai.put("kewarganegaraan", p.kewarganegaraan());
        model.addAttribute("nilaiKode", nilai);
        if (layanan.bolehUbah(p.desaKode())) {
            model.addAttribute("keluargaLain", layanan.keluargaDiDesa(p.desaKode()).stream()
                    .filter(k -> k.id() != p.keluargaId()).toList());
        }
        return p;
    }

    private static FormMutasi mutasiBaru() {
        var f = new FormMutasi();
        f.setJenis(JenisMutasi.MATI);
        return f;
    }
}
