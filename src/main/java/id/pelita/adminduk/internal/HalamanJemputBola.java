package id.pelita.adminduk.internal;

import id.pelita.akun.Akses;
import id.pelita.inti.DalamWilayah;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.inti.TidakDitemukan;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.wilayah.DirektoriWilayah;
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

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Pages of jemput bola e-KTP: batches, one batch with its residents and the waiting step's forms, proposals, route. */
@Controller
class HalamanJemputBola {

    private static final String AKAR = "/adminduk/jemput-bola";

    private final LayananJemputBola layanan;
    private final PembukaBerkas berkas;
    private final DirektoriWilayah wilayah;
    private final Akses akses;

    HalamanJemputBola(LayananJemputBola layanan, PembukaBerkas berkas, DirektoriWilayah wilayah, Akses akses) {
        this.layanan = layanan;
        this.berkas = berkas;
        this.wilayah = wilayah;
        this.akses = akses;
    }

    @GetMapping(AKAR)
    String daftar(Model model) {
        var p = akses.wajibMasuk();
        model.addAttribute("daftar", layanan.daftar());
        model.addAttribute("bolehBuat", p.punya(Peran.STAF) || p.punya(Peran.KASI));
        return "adminduk/daftar";
    }

    @PostMapping(AKAR)
    String buat(@RequestParam(required = false) String nama, RedirectAttributes ra) {
        try {
            var a = layanan.buat(nama);
            ra.addFlashAttribute("sukses", "jemputbola.dibuat");
            return "redirect:" + AKAR + "/" + a.id();
        } catch (GalatValidasi g) {
            return galat(g, ra, AKAR);
        }
    }

    @GetMapping(AKAR + "/{id}")
    String lihat(@PathVariable long id, Model model) {
        var p = akses.wajibMasuk();
        Angkatan a = layanan.lihat(id);
        List<LayananJemputBola.BarisWarga> warga = layanan.warga(a);
        model.addAttribute("a", a);
        model.addAttribute("namaKecamatan", wilayah.namaLengkap(a.kecamatanKode()));
        model.addAttribute("warga", warga);
        model.addAttribute("namaDesa", namaDesa(warga.stream().map(b -> b.warga().desaKode()).toList()));
        model.addAttribute("desaKecamatan", p.punya(Peran.OPERATOR_DESA)
                ? wilayah.cari(p.wilayahKode()).map(List::of).orElse(List.of()) : wilayah.anak(a.kecamatanKode()));
        model.addAttribute("berkas", a.berkasNomor() == null ? null : berkas.status(a.berkasNomor()).orElse(null));
        var menunggu = layanan.langkahMenunggu(a).orElse(null);
        model.addAttribute("menunggu", menunggu);
        model.addAttribute("langkah", menunggu == null ? 0 : menunggu.no());
        model.addAttribute("bolehLangkah", menunggu != null && layanan.bolehLangkah(a));
        model.addAttribute("bolehSusun", a.usulan() && p.punya(Peran.STAF) && p.wilayahKode() != null);
        model.addAttribute("bolehDesa", warga.stream().filter(b -> layanan.bolehPetugasDesa(a, b.warga()))
                .map(b -> b.warga().id()).toList());
        model.addAttribute("tenggatRekam", layanan.tenggatRekam(a));
        model.addAttribute("program", ProgramBantuan.values());
        model.addAttribute("hasilKunjungan", StatusWarga.HASIL_KUNJUNGAN);
        model.addAttribute("hariIni", LocalDate.now());
        return "adminduk/detail";
    }

    @GetMapping(AKAR + "/{id}/calon/{kodeDesa}")
    String calon(@PathVariable long id, @PathVariable @DalamWilayah String kodeDesa, Model model) {
        Angkatan a = layanan.lihat(id);
        model.addAttribute("a", a);
        model.addAttribute("desa", kodeDesa);
        model.addAttribute("namaDesa", wilayah.namaLengkap(kodeDesa));
        model.addAttribute("calon", layanan.calon(a, kodeDesa));
        var p = akses.wajibMasuk();
        model.addAttribute("bolehUsul", a.usulan() && (p.punya(Peran.OPERATOR_DESA) || p.punya(Peran.STAF)
                || p.punya(Peran.KASI)));
        return "adminduk/calon";
    }

    @PostMapping(AKAR + "/{id}/usulan/{kodeDesa}")
    String usulkan(@PathVariable long id, @PathVariable @DalamWilayah String kodeDesa, @RequestParam long pendudukId,
                   @RequestParam(required = false) String alamat, @RequestParam(required = false) String rt,
                   @RequestParam(required = false) String rw, RedirectAttributes ra) {
        Angkatan a = layanan.lihat(id);
        String kembali = AKAR + "/" + id + "/calon/" + kodeDesa;
        try {
            layanan.usulkan(a, kodeDesa, pendudukId, alamat, rt, rw);
            ra.addFlashAttribute("sukses", "jemputbola.diusulkan");
            return "redirect:" + kembali;
        } catch (GalatValidasi g) {
            return galat(g, ra, kembali);
        }
    }

    @PostMapping(AKAR + "/{id}/susun")
    String susun(@PathVariable long id, @RequestParam(required = false) String catatan, RedirectAttributes ra) {
        Angkatan a = layanan.lihat(id);
        try {
            layanan.susun(a, catatan);
            ra.addFlashAttribute("sukses", "jemputbola.langkah.selesai");
        } catch (GalatValidasi g) {
            return galat(g, ra, AKAR + "/" + id);
        }
        return "redirect:" + AKAR + "/" + id;
    }

    @PostMapping(AKAR + "/{id}/langkah/{no}")
    String langkah(@PathVariable long id, @PathVariable int no,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rapatTanggal,
                   @RequestParam(required = false) String catatan, RedirectAttributes ra) {
        Angkatan a = layanan.lihat(id);
        try {
            layanan.selesaikanLangkah(a, no, rapatTanggal, catatan);
            ra.addFlashAttribute("sukses", "jemputbola.langkah.selesai");
        } catch (GalatValidasi g) {
            return galat(g, ra, AKAR + "/" + id);
        }
        return "redirect:" + AKAR + "/" + id;
    }

    @PostMapping(AKAR + "/{id}/warga/{wargaId}")
    String aksi(@PathVariable long id, @PathVariable long wargaId, @RequestParam LayananJemputBola.Aksi aksi,
                @RequestParam(required = false) String alasan,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
                @RequestParam(required = false) String petugas, @RequestParam(required = false) Integer urutan,
                @RequestParam(required = false) StatusWarga hasil,
                @RequestParam(required = false) List<ProgramBantuan> program,
                @RequestParam(required = false) Boolean diterima, RedirectAttributes ra) {
        Angkatan a = layanan.lihat(id);
        Set<ProgramBantuan> p = EnumSet.noneOf(ProgramBantuan.class);
        if (program != null) {
            p.addAll(program);
        }
        try {
            layanan.aksi(a, wargaId, aksi, new LayananJemputBola.Isian(alasan, tanggal, petugas, urutan, hasil, p, diterima));
            ra.addFlashAttribute("sukses", "jemputbola.disimpan");
        } catch (GalatValidasi g) {
            return galat(g, ra, AKAR + "/" + id + "#w" + wargaId);
        }
        return "redirect:" + AKAR + "/" + id + "#w" + wargaId;
    }

    @PostMapping(AKAR + "/{id}/warga/{wargaId}/serah")
    String serah(@PathVariable long id, @PathVariable long wargaId, @RequestParam(required = false) String penerima,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
                 @RequestParam(required = false) MultipartFile foto, RedirectAttributes ra) throws IOException {
        Angkatan a = layanan.lihat(id);
        byte[] isi = null;
        if (foto != null && !foto.isEmpty()) {
            if (foto.getSize() > BuktiFoto.MAKS_BYTE) {
                return galat(new GalatValidasi("foto", "jemputbola.foto.besar"), ra, AKAR + "/" + id + "#w" + wargaId);
            }
            isi = foto.getBytes();
        }
        try {
            layanan.serahkan(a, wargaId, penerima, tanggal, isi);
            ra.addFlashAttribute("sukses", "jemputbola.diserahkan");
        } catch (GalatValidasi g) {
            return galat(g, ra, AKAR + "/" + id + "#w" + wargaId);
        }
        return "redirect:" + AKAR + "/" + id + "#w" + wargaId;
    }

    @GetMapping(AKAR + "/{id}/warga/{wargaId}/bukti")
    ResponseEntity<byte[]> bukti(@PathVariable long id, @PathVariable long wargaId) {
        Angkatan a = layanan.lihat(id);
        var f = layanan.bukti(a, wargaId).orElseThrow(() -> new TidakDitemukan("Bukti"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.jenis()))
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff").body(f.isi());
    }

    /** The visit route: per day, per village, the addresses in visiting order (printable, no map service). */
    @GetMapping(AKAR + "/{id}/rute")
    String rute(@PathVariable long id, Model model) {
        Angkatan a = layanan.lihat(id);
        List<LayananJemputBola.BarisWarga> warga = layanan.warga(a);
        Map<LocalDate, Map<String, List<Warga>>> rute = new TreeMap<>();
        for (var b : warga) {
            Warga w = b.warga();
            if (w.kunjunganTanggal() != null && w.aktif()) {
                rute.computeIfAbsent(w.kunjunganTanggal(), k -> new TreeMap<>())
                        .computeIfAbsent(w.desaKode(), k -> new ArrayList<>()).add(w);
            }
        }
        rute.values().forEach(m -> m.values().forEach(l -> l.sort(java.util.Comparator
                .comparing((Warga w) -> w.urutan() == null ? Integer.MAX_VALUE : w.urutan())
                .thenComparing(w -> w.rw() == null ? "" : w.rw()).thenComparing(w -> w.rt() == null ? "" : w.rt()))));
        model.addAttribute("a", a);
        model.addAttribute("rute", rute);
        model.addAttribute("namaDesa", namaDesa(warga.stream().map(b -> b.warga().desaKode()).toList()));
        return "adminduk/rute";
    }

    private Map<String, String> namaDesa(List<String> kode) {
        Map<String, String> m = new LinkedHashMap<>();
        kode.stream().distinct().forEach(k -> m.put(k, wilayah.cari(k).map(w -> w.nama()).orElse(k)));
        return m;
    }

    private static String galat(GalatValidasi g, RedirectAttributes ra, String ke) {
        ra.addFlashAttribute("galatUmum", g.galat().values().iterator().next());
        return "redirect:" + ke;
    }
}
