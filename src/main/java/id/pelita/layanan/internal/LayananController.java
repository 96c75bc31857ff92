package id.pelita.layanan.internal;

import id.pelita.akun.Akses;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.sop.KatalogSop;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Wilayah;
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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Pages to start a case, work the inbox, complete steps and follow a case. */
@Controller
class LayananController {

    private final LayananBerkas layanan;
    private final BerkasRepository repo;
    private final LampiranRepository lampiran;
    private final SopTerjemahan sop;
    private final KatalogSop katalog;
    private final SlaSop sla;
    private final DirektoriWilayah wilayah;
    private final Akses akses;

    LayananController(LayananBerkas layanan, BerkasRepository repo, LampiranRepository lampiran, SopTerjemahan sop,
                      KatalogSop katalog, SlaSop sla, DirektoriWilayah wilayah, Akses akses) {
        this.layanan = layanan;
        this.repo = repo;
        this.lampiran = lampiran;
        this.sop = sop;
        this.katalog = katalog;
        this.sla = sla;
        this.wilayah = wilayah;
        this.akses = akses;
    }

    @GetMapping("/layanan")
    String daftar(@RequestParam(required = false) String status, Model model) {
        var p = akses.wajibMasuk();
        model.addAttribute("berkas", repo.daftar(p.wilayahKode(), status == null || status.isBlank() ? null : status, 100));
        model.addAttribute("sop", katalog.daftar());
        model.addAttribute("status", status);
        return "layanan/daftar";
    }

    @GetMapping("/layanan/baru")
    String formBaru(@RequestParam String sop, Model model) {
        var definisi = katalog.terbaru(sop).orElseThrow(() -> new TidakDitemukan("SOP"));
        model.addAttribute("definisi", definisi);
        model.addAttribute("pilihanWilayah", pilihanWilayah(definisi.kecamatan()));
        return "layanan/baru";
    }

    @PostMapping("/layanan/baru")
    String mulai(@RequestParam String sop, @RequestParam(required = false) String wilayahKode,
                 @RequestParam(required = false) String pemohonNama, @RequestParam(required = false) String pemohonKontak,
                 @RequestParam(required = false) String ringkasan, Model model, RedirectAttributes ra) {
        try {
            var b = layanan.mulai(sop, wilayahKode, pemohonNama, pemohonKontak, ringkasan, akses.wajibMasuk());
            ra.addFlashAttribute("sukses", "berkas.dimulai");
            return "redirect:/layanan/berkas/" + b.nomor();
        } catch (GalatValidasi g) {
            model.addAttribute("galat", g.galat());
            model.addAttribute("isian", java.util.Map.of("wilayahKode", nol(wilayahKode), "pemohonNama", nol(pemohonNama),
                    "pemohonKontak", nol(pemohonKontak), "ringkasan", nol(ringkasan)));
            return formBaru(sop, model);
        }
    }

    @GetMapping("/layanan/tugas")
    String kotakTugas(@RequestParam(defaultValue = "0") int halaman, Model model) {
        var p = akses.wajibMasuk();
        int h = Math.max(0, halaman);
        model.addAttribute("tugas", layanan.kotakTugas(p, h, 25));
        model.addAttribute("jumlah", layanan.jumlahTugas(p));
        model.addAttribute("halaman", h);
        model.addAttribute("sekarang", new java.util.Date());
        return "layanan/kotak-tugas";
    }

    @GetMapping("/layanan/tugas/{id}")
    String tugas(@PathVariable String id, Model model) {
        var p = akses.wajibMasuk();
        var t = layanan.tugasUntuk(id, p);
        var vars = t.getProcessVariables();
        var definisi = sop.versi((String) vars.get("sopKode"), (Integer) vars.get("sopVersi"));
        int no = Integer.parseInt(t.getTaskDefinitionKey().substring("langkah_".length()));
        model.addAttribute("t", t);
        model.addAttribute("langkah", sop.langkah(definisi, no));
        model.addAttribute("definisi", definisi);
        model.addAttribute("berkas", repo.cari(((Number) vars.get("berkasId")).longValue()).orElseThrow());
        return "layanan/tugas";
    }

    @PostMapping("/layanan/tugas/{id}/klaim")
    String klaim(@PathVariable String id, RedirectAttributes ra) {
        try {
            layanan.klaim(id, akses.wajibMasuk());
            ra.addFlashAttribute("sukses", "tugas.diklaim");
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galatUmum", g.galat().values().iterator().next());
        }
        return "redirect:/layanan/tugas/" + id;
    }

    @PostMapping("/layanan/tugas/{id}/selesai")
    String selesai(@PathVariable String id, @RequestParam(required = false) List<String> kelengkapan,
                   @RequestParam(required = false) String output, @RequestParam(required = false) String catatan,
                   @RequestParam(required = false) String keputusan,
                   @RequestParam(required = false) List<MultipartFile> lampiran, Model model, RedirectAttributes ra) {
        var p = akses.wajibMasuk();
        var t = layanan.tugasUntuk(id, p);
        String nomor = (String) t.getProcessVariables().get("nomorBerkas");
        try {
            layanan.selesaikan(id, new IsianLangkah(new LinkedHashSet<>(kelengkapan == null ? List.of() : kelengkapan),
                    output, catatan, keputusan, PemeriksaLampiran.periksa(lampiran)), p);
        } catch (GalatValidasi g) {
            model.addAttribute("galat", g.galat());
            model.addAttribute("isian", new java.util.HashMap<>(java.util.Map.of("output", nol(output),
                    "catatan", nol(catatan))));
            model.addAttribute("dicentang", kelengkapan == null ? List.of() : kelengkapan);
            return tugas(id, model);
        }
        ra.addFlashAttribute("sukses", "tugas.selesai");
        return "redirect:/layanan/berkas/" + nomor;
    }

    @GetMapping("/layanan/berkas/{nomor}")
    String berkas(@PathVariable String nomor, Model model) {
        var p = akses.wajibMasuk();
        Berkas b = layanan.lihat(nomor, p);
        var definisi = sop.versi(b.sopKode(), b.sopVersi());
        model.addAttribute("b", b);
        model.addAttribute("definisi", definisi);
        model.addAttribute("riwayat", repo.langkah(b.id()));
        model.addAttribute("namaWilayah", wilayah.namaLengkap(b.wilayahKode()));
        model.addAttribute("lampiran", lampiran.daftar(b.id()));
        List<String> bisaDikerjakan = new ArrayList<>();
        if (b.prosesId() != null) {
            layanan.tugasProses(b.prosesId()).stream().filter(t -> layanan.bolehMengerjakan(t.getId(), p))
                    .forEach(t -> bisaDikerjakan.add(t.getId()));
        }
        model.addAttribute("tugasSaya", bisaDikerjakan);
        return "layanan/berkas";
    }

    @GetMapping("/layanan/berkas/{nomor}/lampiran/{id}")
    ResponseEntity<byte[]> unduh(@PathVariable String nomor, @PathVariable long id) {
        Berkas b = layanan.lihat(nomor, akses.wajibMasuk());
        var info = lampiran.daftar(b.id()).stream().filter(l -> l.id() == id).findFirst()
                .orElseThrow(() -> new TidakDitemukan("Lampiran"));
        byte[] isi = lampiran.isi(b.id(), id).orElseThrow(() -> new TidakDitemukan("Lampiran"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(info.jenis()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(info.nama(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(isi);
    }

    @GetMapping("/layanan/sla")
    String sla(@RequestParam(required = false) String sop, Model model) {
        var p = akses.wajibMasuk();
        var daftar = katalog.daftar();
        String kode = sop != null ? sop : daftar.isEmpty() ? null : daftar.get(0).kode();
        model.addAttribute("daftarSop", daftar);
        model.addAttribute("kode", kode);
        model.addAttribute("baris", kode == null ? List.of() : sla.hitung(kode, p.wilayahKode()));
        return "layanan/sla";
    }

    /** Kecamatan and villages in the user's scope where the SOP applies. */
    private List<Wilayah> pilihanWilayah(List<String> kecamatanSop) {
        var p = akses.wajibMasuk();
        List<Wilayah> hasil = new ArrayList<>();
        for (Wilayah kec : wilayah.kecamatanLayanan()) {
            if (!kecamatanSop.isEmpty() && !kecamatanSop.contains(kec.kode())) {
                continue;
            }
            if (p.wilayahKode() == null || KodeWilayah.termasuk(kec.kode(), p.wilayahKode())) {
                hasil.add(kec);
            }
            for (Wilayah desa : wilayah.anak(kec.kode())) {
                if (p.wilayahKode() == null || KodeWilayah.termasuk(desa.kode(), p.wilayahKode())) {
                    hasil.add(desa);
                }
            }
        }
        return hasil;
    }

    private static String nol(String s) {
        return s == null ? "" : s;
    }
}
