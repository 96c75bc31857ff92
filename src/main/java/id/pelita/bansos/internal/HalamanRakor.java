package id.pelita.bansos.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.dokumen.PenerbitDokumen;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Wilayah;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.List;

/** Pages of BSPPS coordination-meeting requests: list, filing, the request with its waiting step, the letter. */
@Controller
class HalamanRakor {

    private final LayananRakor layanan;
    private final PenerbitDokumen dokumen;
    private final Akses akses;
    private final DirektoriWilayah wilayah;
    private final AuditLog audit;
    private final Clock jam;

    HalamanRakor(LayananRakor layanan, PenerbitDokumen dokumen, Akses akses, DirektoriWilayah wilayah, AuditLog audit,
                 Clock jam) {
        this.layanan = layanan;
        this.dokumen = dokumen;
        this.akses = akses;
        this.wilayah = wilayah;
        this.audit = audit;
        this.jam = jam;
    }

    @GetMapping("/bansos/rakor")
    String daftar(Model model) {
        var p = akses.wajibMasuk();
        model.addAttribute("daftar", layanan.daftar(p));
        model.addAttribute("bolehAjukan", LayananRakor.bolehMengajukan(p));
        model.addAttribute("zona", jam.getZone());
        return "bansos/rakor-daftar";
    }

    @GetMapping("/bansos/rakor/baru")
    String formBaru(Model model) {
        var p = akses.wajibMasuk();
        model.addAttribute("pilihanDesa", p.wilayahKode() == null ? List.<Wilayah>of() : wilayah.anak(p.wilayahKode()));
        model.addAttribute("walkIn", LayananRakor.walkIn(p));
        if (!model.containsAttribute("isian")) {
            model.addAttribute("isian", new IsianRakor());
        }
        if (!model.containsAttribute("galat")) {
            model.addAttribute("galat", java.util.Map.of());
        }
        return "bansos/rakor-baru";
    }

    @PostMapping("/bansos/rakor/baru")
    String ajukan(@ModelAttribute("isian") IsianRakor isian,
                  @RequestParam(name = "pengantar", required = false) MultipartFile pengantar,
                  @RequestParam(name = "berkas", required = false) List<MultipartFile> berkas,
                  Model model, RedirectAttributes ra) {
        var p = akses.wajibMasuk();
        try {
            Rakor r = layanan.ajukan(isian, pengantar, berkas, p);
            ra.addFlashAttribute("sukses", "bansos.rakor.diajukan");
            return "redirect:/bansos/rakor/" + r.id();
        } catch (GalatValidasi g) {
            model.addAttribute("galat", g.galat());
            return formBaru(model);
        }
    }

    @GetMapping("/bansos/rakor/{id}")
    String detail(@PathVariable long id, Model model) {
        var p = akses.wajibMasuk();
        Rakor r = layanan.lihat(id, p);
        var menunggu = layanan.menunggu(r);
        model.addAttribute("r", r);
        model.addAttribute("status", layanan.status(r).orElse(null));
        model.addAttribute("menunggu", menunggu.orElse(null));
        model.addAttribute("bolehKerjakan", layanan.bolehMengerjakan(r, p));
        model.addAttribute("pemohon", p.username().equals(r.pemohonUsername()));
        model.addAttribute("alasanKembali", layanan.alasanDikembalikan(r).orElse(null));
        model.addAttribute("lampiran", layanan.lampiran(r));
        model.addAttribute("dok", r.dokumenKode() == null ? null : dokumen.cari(r.dokumenKode()).orElse(null));
        model.addAttribute("namaDesa", wilayah.namaLengkap(r.desaKode()));
        model.addAttribute("zona", jam.getZone());
        audit.catat(AksiAudit.BACA, "bansos-rakor", String.valueOf(id), r.desaKode(), "Lihat permohonan " + r.berkasNomor());
        return "bansos/rakor-detail";
    }

    @PostMapping("/bansos/rakor/{id}/langkah")
    String kerjakan(@PathVariable long id, @RequestParam(defaultValue = "0") int langkah,
                    @RequestParam(defaultValue = "true") boolean lanjut,
                    @RequestParam(required = false) String catatan, RedirectAttributes ra) {
        var p = akses.wajibMasuk();
        try {
            layanan.kerjakan(id, langkah, lanjut, catatan, p);
            ra.addFlashAttribute("sukses", lanjut ? "bansos.rakor.langkah.selesai" : "bansos.rakor.dikembalikan");
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galatUmum", g.galat().values().iterator().next());
        }
        return "redirect:/bansos/rakor/" + id;
    }

    @PostMapping("/bansos/rakor/{id}/lengkapi")
    String lengkapi(@PathVariable long id, @RequestParam(name = "pengantar", required = false) MultipartFile pengantar,
                    @RequestParam(name = "berkas", required = false) List<MultipartFile> berkas,
                    @RequestParam(required = false) String catatan, RedirectAttributes ra) {
        var p = akses.wajibMasuk();
        try {
            layanan.lengkapi(id, pengantar, berkas, catatan, p);
            ra.addFlashAttribute("sukses", "bansos.rakor.dilengkapi");
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galatUmum", g.galat().values().iterator().next());
        }
        return "redirect:/bansos/rakor/" + id;
    }

    @PostMapping("/bansos/rakor/{id}/terima")
    String terima(@PathVariable long id, RedirectAttributes ra) {
        var p = akses.wajibMasuk();
        try {
            layanan.terima(id, p);
            ra.addFlashAttribute("sukses", "bansos.rakor.diterima");
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galatUmum", g.galat().values().iterator().next());
        }
        return "redirect:/bansos/rakor/" + id;
    }

    @GetMapping("/bansos/rakor/{id}/lampiran/{lampiranId}")
    ResponseEntity<byte[]> lampiran(@PathVariable long id, @PathVariable long lampiranId) {
        var p = akses.wajibMasuk();
        Rakor r = layanan.lihat(id, p);
        var l = layanan.lampiran(r).stream().filter(x -> x.id() == lampiranId).findFirst()
                .orElseThrow(() -> new TidakDitemukan("lampiran"));
        byte[] isi = layanan.isiLampiran(r, lampiranId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(l.tipe()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(l.nama()).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(isi);
    }

    @GetMapping("/bansos/rakor/{id}/surat")
    ResponseEntity<byte[]> surat(@PathVariable long id) {
        PenggunaSaatIni p = akses.wajibMasuk();
        Rakor r = layanan.lihat(id, p);
        if (r.dokumenKode() == null) {
            throw new TidakDitemukan("surat");
        }
        byte[] pdf = dokumen.pdf(r.dokumenKode()).orElseThrow(() -> new TidakDitemukan("surat"));
        audit.catat(AksiAudit.EKSPOR, "bansos-rakor", String.valueOf(id), r.desaKode(), "Unduh surat " + r.nomorSurat());
        String nama = "surat-rakor-bspps-" + r.nomorSurat().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nama).build().toString())
                .body(pdf);
    }
}
