package id.pelita.posyandu.internal;

import id.pelita.akun.Akses;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.posyandu.JadwalPosyandu;
import id.pelita.posyandu.internal.Model.Posyandu;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Wilayah;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** /posyandu (the posyandu of a village), /posyandu/{id} (cadres, schedule, sessions) and their forms. */
@Controller
class HalamanPosyandu {

    private final LayananPosyandu layanan;
    private final RepositoriPosyandu repo;
    private final JadwalPosyandu jadwal;
    private final DirektoriWilayah wilayah;
    private final Akses akses;

    HalamanPosyandu(LayananPosyandu layanan, RepositoriPosyandu repo, JadwalPosyandu jadwal,
                    DirektoriWilayah wilayah, Akses akses) {
        this.layanan = layanan;
        this.repo = repo;
        this.jadwal = jadwal;
        this.wilayah = wilayah;
        this.akses = akses;
    }

    static boolean pencatat(Akses akses) {
        var p = akses.wajibMasuk();
        return p.punya(Peran.KADER_POSYANDU) || p.punya(Peran.OPERATOR_DESA);
    }

    /** The village shown: the user's own, or the one chosen among the reachable villages. */
    static String pilihDesa(LayananPosyandu layanan, String desa, Model model) {
        List<Wilayah> desaList = layanan.desaTerjangkau();
        String kode = layanan.desaSaya();
        if (kode == null) {
            kode = desa != null && desaList.stream().anyMatch(w -> w.kode().equals(desa)) ? desa
                    : desaList.isEmpty() ? null : desaList.get(0).kode();
        }
        model.addAttribute("desaList", desaList);
        model.addAttribute("desaKode", kode);
        return kode;
    }

    @GetMapping("/posyandu")
    String daftar(@RequestParam(required = false) String desa, Model model) {
        String kode = pilihDesa(layanan, desa, model);
        List<Posyandu> daftar = kode == null ? List.of() : repo.posyanduDesa(kode);
        model.addAttribute("daftar", daftar);
        model.addAttribute("namaDesa", kode == null ? "" : wilayah.namaLengkap(kode));
        model.addAttribute("jadwal", kode == null ? List.of() : jadwal.mendatang(kode, layanan.hariIni()));
        model.addAttribute("bolehCatat", pencatat(akses));
        return "posyandu/daftar";
    }

    @PostMapping("/posyandu")
    String tambah(@RequestParam(required = false) String desaKode, @RequestParam(required = false) String nama,
                  @RequestParam(required = false) String rt, @RequestParam(required = false) String rw,
                  @RequestParam(required = false) String alamat, RedirectAttributes ra) {
        String desa = layanan.desaSaya() != null ? layanan.desaSaya() : desaKode;
        try {
            long id = layanan.tambahPosyandu(desa, nama, rt, rw, alamat);
            ra.addFlashAttribute("sukses", "posyandu.disimpan");
            return "redirect:/posyandu/" + id;
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galat", new ArrayList<>(g.galat().values()));
            return "redirect:/posyandu" + (desa == null ? "" : "?desa=" + desa);
        }
    }

    @GetMapping("/posyandu/{id}")
    String lihat(@PathVariable long id, Model model) {
        Posyandu p = layanan.posyandu(id);
        model.addAttribute("p", p);
        model.addAttribute("namaDesa", wilayah.namaLengkap(p.desaKode()));
        model.addAttribute("kader", repo.kader(id));
        model.addAttribute("kaderDesa", layanan.kaderDesa(p.desaKode()));
        model.addAttribute("jadwal", repo.jadwal(id, layanan.hariIni().minusDays(31)));
        model.addAttribute("sesi", repo.sesiPosyandu(id, 12));
        model.addAttribute("hariIni", layanan.hariIni());
        model.addAttribute("bolehCatat", pencatat(akses));
        return "posyandu/posyandu";
    }

    @PostMapping("/posyandu/{id}/jadwal")
    String tambahJadwal(@PathVariable long id,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
                        @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime jamMulai,
                        @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime jamSelesai,
                        @RequestParam(required = false) String tempat,
                        @RequestParam(required = false) String keterangan, RedirectAttributes ra) {
        try {
            layanan.tambahJadwal(id, tanggal, jamMulai, jamSelesai, tempat, keterangan);
            ra.addFlashAttribute("sukses", "posyandu.jadwal.disimpan");
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galat", new ArrayList<>(g.galat().values()));
        }
        return "redirect:/posyandu/" + id;
    }

    @PostMapping("/posyandu/{id}/kader")
    String tambahKader(@PathVariable long id, @RequestParam(required = false) String username,
                       RedirectAttributes ra) {
        try {
            layanan.tambahKader(id, username);
            ra.addFlashAttribute("sukses", "posyandu.kader.disimpan");
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galat", new ArrayList<>(g.galat().values()));
        }
        return "redirect:/posyandu/" + id;
    }

    @PostMapping("/posyandu/{id}/sesi")
    String bukaSesi(@PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
                    RedirectAttributes ra) {
        try {
            return "redirect:/posyandu/sesi/" + layanan.bukaSesi(id, tanggal);
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galat", new ArrayList<>(g.galat().values()));
            return "redirect:/posyandu/" + id;
        }
    }
}
