package id.pelita.posyandu.internal;

import id.pelita.akun.Akses;
import id.pelita.antropometri.CaraUkur;
import id.pelita.antropometri.Indikator;
import id.pelita.antropometri.Kelamin;
import id.pelita.antropometri.TitikGrafik;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.posyandu.JenisIntervensi;
import id.pelita.posyandu.internal.Model.Anak;
import id.pelita.posyandu.internal.Model.Ukur;
import id.pelita.wilayah.DirektoriWilayah;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A child's page, printable like the KMS card: measurements with z-scores, the WHO growth charts (SVG from
 * module antropometri), PUL KOMPAS referrals, interventions with their 90-day outcome. Every view is audited.
 */
@Controller
class HalamanAnak {

    private static final Logger LOG = LoggerFactory.getLogger(HalamanAnak.class);

    private final LayananPosyandu layanan;
    private final RepositoriPosyandu repo;
    private final PembukaBerkas pembuka;
    private final DirektoriWilayah wilayah;
    private final Akses akses;

    HalamanAnak(LayananPosyandu layanan, RepositoriPosyandu repo, PembukaBerkas pembuka, DirektoriWilayah wilayah,
                Akses akses) {
        this.layanan = layanan;
        this.repo = repo;
        this.pembuka = pembuka;
        this.wilayah = wilayah;
        this.akses = akses;
    }

    record BarisRujukan(id.pelita.posyandu.internal.Model.Rujukan rujukan, String status) {
    }

    @GetMapping("/posyandu/anak/{id}")
    String lihat(@PathVariable long id, Model model) {
        Anak a = layanan.bacaAnak(id);
        List<Ukur> riwayat = repo.riwayat(id);
        model.addAttribute("a", a);
        model.addAttribute("ibu", a.ibuId() == null ? null : repo.ibu(a.ibuId()).orElse(null));
        model.addAttribute("namaDesa", wilayah.namaLengkap(a.desaKode()));
        model.addAttribute("riwayat", riwayat);
        model.addAttribute("grafik", grafik(a, riwayat));
        model.addAttribute("rujukan", repo.rujukan(id).stream().map(r -> new BarisRujukan(r,
                pembuka.status(r.nomorBerkas()).map(s -> s.status()).orElse("?"))).toList());
        model.addAttribute("intervensi", layanan.hasilIntervensi(id));
        model.addAttribute("jenisIntervensi", JenisIntervensi.values());
        var p = akses.wajibMasuk();
        model.addAttribute("bolehIntervensi", p.punya(Peran.KADER_POSYANDU) || p.punya(Peran.OPERATOR_DESA)
                || p.punya(Peran.CAMAT) || p.punya(Peran.KASI) || p.punya(Peran.STAF) || p.punya(Peran.TP_PKK));
        model.addAttribute("bolehTautkan", HalamanPosyandu.pencatat(akses) && a.pendudukId() == null);
        model.addAttribute("hariIni", layanan.hariIni());
        return "posyandu/anak";
    }

    /** BB/U, TB/U and BB/TB charts as SVG markup (empty when the calculator cannot draw yet). */
    private Map<String, String> grafik(Anak a, List<Ukur> riwayat) {
        List<TitikGrafik> titik = riwayat.stream().map(u -> new TitikGrafik(u.tanggalUkur(),
                u.beratKg() == null ? null : u.beratKg().doubleValue(),
                u.panjangCm() == null ? null : u.panjangCm().doubleValue(),
                u.caraUkur() == null ? CaraUkur.TIDAK_DIKETAHUI : CaraUkur.valueOf(u.caraUkur()))).toList();
        Map<String, String> svg = new LinkedHashMap<>();
        Kelamin k = Kelamin.dariKode(a.jenisKelamin());
        for (Indikator i : new Indikator[] {Indikator.BB_U, Indikator.TB_U, Indikator.BB_TB}) {
            try {
                svg.put(i.name(), layanan.kalkulator().grafikSvg(i, k, a.tanggalLahir(), titik));
            } catch (UnsupportedOperationException e) {
                LOG.debug("Grafik {} belum tersedia: {}", i, e.getMessage());
            }
        }
        return svg;
    }

    @PostMapping("/posyandu/anak/{id}/intervensi")
    String intervensi(@PathVariable long id, @RequestParam(required = false) String jenis,
                      @RequestParam(required = false) String uraian, @RequestParam(required = false) String jumlah,
                      @RequestParam(required = false) String satuan, @RequestParam(required = false) Integer lamaHari,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate mulai,
                      @RequestParam(required = false) String pemberi, RedirectAttributes ra) {
        try {
            layanan.tambahIntervensi(id, jenis, uraian, jumlah, satuan, lamaHari, mulai, pemberi);
            ra.addFlashAttribute("sukses", "posyandu.intervensi.disimpan");
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galat", new ArrayList<>(g.galat().values()));
        }
        return "redirect:/posyandu/anak/" + id;
    }

    @PostMapping("/posyandu/anak/{id}/tautkan")
    String tautkan(@PathVariable long id, @RequestParam(required = false) String nik, RedirectAttributes ra) {
        try {
            layanan.tautkanAnak(id, nik);
            ra.addFlashAttribute("sukses", "posyandu.anak.ditautkan");
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galat", new ArrayList<>(g.galat().values()));
        }
        return "redirect:/posyandu/anak/" + id;
    }
}
