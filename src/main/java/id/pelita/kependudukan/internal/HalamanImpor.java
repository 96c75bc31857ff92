package id.pelita.kependudukan.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.inti.DalamWilayah;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;

/**
 * Pages of population import and export: /penduduk/impor (upload, our template), /penduduk/impor/{id} (progress,
 * preview, report, the operator's choice), /penduduk/ekspor (download of the register within scope).
 */
@Controller
class HalamanImpor {

    private final LayananImpor impor;
    private final EksporPenduduk ekspor;
    private final LayananKependudukan layanan;
    private final Akses akses;
    private final DirektoriWilayah wilayah;

    HalamanImpor(LayananImpor impor, EksporPenduduk ekspor, LayananKependudukan layanan, Akses akses,
                 DirektoriWilayah wilayah) {
        this.impor = impor;
        this.ekspor = ekspor;
        this.layanan = layanan;
        this.akses = akses;
        this.wilayah = wilayah;
    }

    @GetMapping("/penduduk/impor")
    String formulir(Model model) {
        return halaman(model, null);
    }

    @PostMapping("/penduduk/impor")
    String unggah(@RequestParam(required = false) MultipartFile berkas, @RequestParam(required = false) String desa,
                  Model model) throws IOException {
        String tujuan;
        try {
            tujuan = desaTujuan(desa);
        } catch (GalatValidasi g) {
            return halaman(model, "impor.desa.wajib");
        }
        if (berkas == null || berkas.isEmpty()) {
            return halaman(model, "impor.berkas.kosong");
        }
        try {
            long id = impor.mulai(tujuan, berkas.getOriginalFilename(), berkas.getBytes(), LocaleContextHolder.getLocale());
            return "redirect:/penduduk/impor/" + id;
        } catch (BerkasDitolak e) {
            model.addAttribute("galatNilai", e.nilai());
            return halaman(model, e.kunciPesan());
        }
    }

    @GetMapping("/penduduk/impor/templat")
    void templat(@RequestParam(required = false) String format, HttpServletResponse res) throws IOException {
        TabelKeluar.Format f = TabelKeluar.Format.dari(format);
        res.setContentType(f.mime);
        res.setHeader("Content-Disposition", "attachment; filename=\"templat-impor-penduduk." + f.akhiran + "\"");
        try (TabelKeluar t = TabelKeluar.buka(f, res.getOutputStream(), "penduduk")) {
            t.baris(EksporPenduduk.judul());
        }
    }

    @GetMapping("/penduduk/impor/{id}")
    String lihat(@PathVariable long id, Model model) {
        Impor i = impor.lihat(id);
        model.addAttribute("impor", i);
        model.addAttribute("kode", KodeSiak.UNTUK_TAMPILAN);
        model.addAttribute("namaDesa", wilayah.namaLengkap(i.desaKode()));
        model.addAttribute("catatan", impor.catatan(id, 200));
        if (i.status() == Impor.Status.SIAP) {
            boolean lengkap = layanan.bolehLihatNomor(i.desaKode());
            model.addAttribute("pratinjau", impor.pratinjau(id, 10).stream()
                    .map(b -> new Pratinjau(b.nomor, ModelKependudukan.tampil(b.form.getNik(), lengkap && b.form.getNik() != null),
                            b.noKk == null ? "" : ModelKependudukan.tampil(b.noKk, lengkap), b.form, b.alamat, b.galat()))
                    .toList());
        }
        return "kependudukan/impor";
    }

    /** One preview line: numbers as this user may see them. */
    record Pratinjau(int baris, String nik, String noKk, FormAnggota form, String alamat, boolean galat) {
    }

    /** The progress box, polled by htmx while the job runs; when it is done the whole page reloads. */
    @GetMapping("/penduduk/impor/{id}/kemajuan")
    String kemajuan(@PathVariable long id, Model model, HttpServletResponse res) {
        Impor i = impor.lihat(id);
        model.addAttribute("impor", i);
        if (!i.berjalan()) {
            res.setHeader("HX-Refresh", "true");
        }
        return "kependudukan/impor :: kemajuan";
    }

    @PostMapping("/penduduk/impor/{id}/simpan")
    String simpan(@PathVariable long id, @RequestParam(required = false) String mode, RedirectAttributes ra) {
        MesinImpor.Mode m = "SEMUA_ATAU_TIDAK".equals(mode) ? MesinImpor.Mode.SEMUA_ATAU_TIDAK : MesinImpor.Mode.BARIS_SAH;
        if (!impor.simpan(id, m, LocaleContextHolder.getLocale())) {
            ra.addFlashAttribute("galatImpor", "impor.sudah.diproses");
        }
        return "redirect:/penduduk/impor/" + id;
    }

    @PostMapping("/penduduk/impor/{id}/batal")
    String batal(@PathVariable long id) {
        impor.batal(id);
        return "redirect:/penduduk/impor/" + id;
    }

    @GetMapping("/penduduk/impor/{id}/laporan")
    void laporan(@PathVariable long id, @RequestParam(required = false) String format, HttpServletResponse res)
            throws IOException {
        impor.lihat(id);
        TabelKeluar.Format f = TabelKeluar.Format.dari(format);
        res.setContentType(f.mime);
        res.setHeader("Content-Disposition", "attachment; filename=\"laporan-impor-" + id + "." + f.akhiran + "\"");
        try (TabelKeluar t = TabelKeluar.buka(f, res.getOutputStream(), "laporan")) {
            impor.unduhLaporan(id, t, LocaleContextHolder.getLocale());
        }
    }

    @GetMapping("/penduduk/ekspor")
    String halamanEkspor(Model model) {
        PenggunaSaatIni p = akses.wajibMasuk();
        model.addAttribute("cakupan", p.wilayahKode() == null ? "" : wilayah.namaLengkap(p.wilayahKode()));
        model.addAttribute("pilihanWilayah", pilihanWilayah(p));
        return "kependudukan/ekspor";
    }

    @GetMapping("/penduduk/ekspor/unduh")
    void unduh(@DalamWilayah @RequestParam(required = false) String wilayah,
               @RequestParam(required = false) String format, HttpServletResponse res) throws IOException {
        String kode;
        try {
            kode = ekspor.cakupan(wilayah);
        } catch (GalatValidasi g) {
            // No region chosen and none to default to (a national administrator): back to the choice.
            res.sendRedirect("/penduduk/ekspor");
            return;
        }
        TabelKeluar.Format f = TabelKeluar.Format.dari(format);
        res.setContentType(f.mime);
        res.setHeader("Content-Disposition", "attachment; filename=\"penduduk-" + kode + "." + f.akhiran + "\"");
        try (TabelKeluar t = TabelKeluar.buka(f, res.getOutputStream(), "penduduk")) {
            ekspor.ekspor(kode, t, f);
        }
    }

    // ---

    private String halaman(Model model, String galat) {
        PenggunaSaatIni p = akses.wajibMasuk();
        model.addAttribute("galatImpor", galat);
        model.addAttribute("operator", p.punya(Peran.OPERATOR_DESA));
        model.addAttribute("cakupan", p.wilayahKode() == null ? "" : wilayah.namaLengkap(p.wilayahKode()));
        model.addAttribute("pilihanDesa", p.punya(Peran.OPERATOR_DESA) ? List.of()
                : desaDalamCakupan(p).stream().filter(w -> layanan.bolehImpor(w.kode())).toList());
        model.addAttribute("daftarImpor", impor.terbaru());
        model.addAttribute("ukuranMaks", impor.batasUkuranMb());
        return "kependudukan/impor-unggah";
    }

    /** An operator imports into their own village (whatever the form says); staff name a village in scope. */
    private String desaTujuan(String desa) {
        PenggunaSaatIni p = akses.wajibMasuk();
        if (p.punya(Peran.OPERATOR_DESA)) {
            return p.wilayahKode();
        }
        if (desa == null || !KodeWilayah.sah(desa.strip())) {
            throw new GalatValidasi("desa", "impor.desa.wajib");
        }
        return desa.strip();
    }

    private List<Wilayah> desaDalamCakupan(PenggunaSaatIni p) {
        String w = p.wilayahKode();
        if (w == null || !KodeWilayah.sah(w) || Tingkat.dariKode(w) != Tingkat.KECAMATAN) {
            return List.of();
        }
        return wilayah.anak(w);
    }

    private List<Wilayah> pilihanWilayah(PenggunaSaatIni p) {
        String w = p.wilayahKode();
        if (w == null) {
            return wilayah.kecamatanLayanan();
        }
        if (Tingkat.dariKode(w) == Tingkat.DESA) {
            return List.of();
        }
        return wilayah.anak(w);
    }
}
