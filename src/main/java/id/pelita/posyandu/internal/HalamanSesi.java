package id.pelita.posyandu.internal;

import id.pelita.akun.Akses;
import id.pelita.antropometri.Pengukuran;
import id.pelita.inti.GalatValidasi;
import id.pelita.posyandu.internal.Model.Anak;
import id.pelita.posyandu.internal.Model.Posyandu;
import id.pelita.posyandu.internal.Model.Sesi;
import id.pelita.posyandu.internal.Model.Ukur;
import id.pelita.wilayah.DirektoriWilayah;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cadres' session screen (phone first): one card per under-five, each with its own form posted by htmx, so
 * every child is saved as the cadre goes and a dropped connection loses at most the card being typed. The
 * answer is the card again, with the z-scores, categories and KMS result computed on the server.
 */
@Controller
class HalamanSesi {

    static final List<String> IMUNISASI = List.of("HB0", "BCG", "POLIO", "DPT_HB_HIB", "IPV", "PCV", "ROTAVIRUS",
            "CAMPAK_RUBELA", "JE");

    private final LayananPosyandu layanan;
    private final RepositoriPosyandu repo;
    private final DirektoriWilayah wilayah;
    private final Akses akses;
    private final MessageSource pesan;

    HalamanSesi(LayananPosyandu layanan, RepositoriPosyandu repo, DirektoriWilayah wilayah, Akses akses,
                MessageSource pesan) {
        this.layanan = layanan;
        this.repo = repo;
        this.wilayah = wilayah;
        this.akses = akses;
        this.pesan = pesan;
    }

    /** One child's card. */
    record Kartu(Anak anak, int umurBulan, boolean hadir, Ukur ukur, IsianUkur isian, List<String> galat,
                 boolean bisaYakin, String nomorBerkas, boolean baruDisimpan, boolean ulang) {

        boolean imunisasi(String kode) {
            if (isian != null && isian.imunisasi() != null) {
                return isian.imunisasi().contains(kode);
            }
            return ukur != null && ukur.imunisasi() != null && Set.of(ukur.imunisasi().split(",")).contains(kode);
        }
    }

    @GetMapping("/posyandu/sesi/{id}")
    String sesi(@PathVariable long id, Model model) {
        Sesi s = layanan.sesi(id);
        Posyandu p = repo.posyandu(s.posyanduId()).orElseThrow();
        Set<Long> hadir = Set.copyOf(repo.hadir(id));
        var ukur = repo.ukurSesi(id).stream().collect(Collectors.toMap(Ukur::anakId, u -> u));
        List<Kartu> kartu = layanan.anakSesi(s, p).stream()
                .map(a -> new Kartu(a, Pengukuran.umurBulanPenuh(a.tanggalLahir(), s.tanggal()),
                        hadir.contains(a.id()), ukur.get(a.id()), null, List.of(), false, null, false, false))
                .toList();
        isi(model, s, p);
        model.addAttribute("kartu", kartu);
        model.addAttribute("diukur", ukur.size());
        return "posyandu/sesi";
    }

    private void isi(Model model, Sesi s, Posyandu p) {
        model.addAttribute("s", s);
        model.addAttribute("p", p);
        model.addAttribute("namaDesa", wilayah.namaLengkap(p.desaKode()));
        model.addAttribute("bolehCatat", HalamanPosyandu.pencatat(akses) && s.buka());
        model.addAttribute("imunisasiList", IMUNISASI);
    }

    @PostMapping("/posyandu/sesi/{id}/anak/{anakId}")
    String simpan(@PathVariable long id, @PathVariable long anakId, @ModelAttribute IsianUkur isian,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes ra) {
        Sesi s = layanan.sesi(id);
        Posyandu p = repo.posyandu(s.posyanduId()).orElseThrow();
        Anak a = layanan.anak(anakId);
        int umur = a.tanggalLahir().isAfter(s.tanggal()) ? 0 : Pengukuran.umurBulanPenuh(a.tanggalLahir(), s.tanggal());
        Kartu kartu;
        try {
            LayananPosyandu.Tersimpan t = layanan.simpanPengukuran(id, anakId, isian);
            kartu = new Kartu(a, umur, true, t.ukur(), null, List.of(), false, t.nomorBerkas(), true, t.ulang());
        } catch (DitolakKewajaran d) {
            kartu = new Kartu(a, umur, true, repo.ukurSesi(id, anakId).orElse(null), isian, d.alasan(),
                    d.bisaDiyakinkan(), null, false, false);
        } catch (GalatValidasi g) {
            kartu = new Kartu(a, umur, false, repo.ukurSesi(id, anakId).orElse(null), isian,
                    g.galat().values().stream().map(k -> pesan.getMessage(k, null, k, LocaleContextHolder.getLocale()))
                            .toList(), false, null, false, false);
        }
        if (htmx == null) {
            ra.addFlashAttribute("sukses", kartu.galat().isEmpty() ? "posyandu.ukur.disimpan" : null);
            ra.addFlashAttribute("galatKartu", kartu.galat());
            return "redirect:/posyandu/sesi/" + id + "#anak-" + anakId;
        }
        isi(model, s, p);
        model.addAttribute("k", kartu);
        return "posyandu/kartu :: kartu";
    }

    @PostMapping("/posyandu/sesi/{id}/anak/{anakId}/hadir")
    String hadir(@PathVariable long id, @PathVariable long anakId,
                 @RequestParam(defaultValue = "true") boolean hadir,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Sesi s = layanan.sesi(id);
        Posyandu p = repo.posyandu(s.posyanduId()).orElseThrow();
        Anak a = layanan.anak(anakId);
        List<String> galat = List.of();
        try {
            layanan.catatHadir(id, anakId, hadir);
        } catch (GalatValidasi g) {
            galat = g.galat().values().stream()
                    .map(k -> pesan.getMessage(k, null, k, LocaleContextHolder.getLocale())).toList();
        }
        if (htmx == null) {
            return "redirect:/posyandu/sesi/" + id + "#anak-" + anakId;
        }
        isi(model, s, p);
        model.addAttribute("k", new Kartu(a, Pengukuran.umurBulanPenuh(a.tanggalLahir(), s.tanggal()),
                repo.hadir(id).contains(anakId), repo.ukurSesi(id, anakId).orElse(null), null, galat, false, null,
                false, false));
        return "posyandu/kartu :: kartu";
    }

    @PostMapping("/posyandu/sesi/{id}/tutup")
    String tutup(@PathVariable long id, @RequestParam(required = false) String catatan, RedirectAttributes ra) {
        try {
            layanan.tutupSesi(id, catatan);
            ra.addFlashAttribute("sukses", "posyandu.sesi.ditutup");
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galat", List.copyOf(g.galat().values()));
        }
        return "redirect:/posyandu/sesi/" + id + "/laporan";
    }

    @GetMapping("/posyandu/sesi/{id}/laporan")
    String laporan(@PathVariable long id, Model model) {
        Sesi s = layanan.sesi(id);
        Posyandu p = repo.posyandu(s.posyanduId()).orElseThrow();
        isi(model, s, p);
        model.addAttribute("r", layanan.ringkasan(s, p));
        model.addAttribute("kader", repo.kader(p.id()));
        return "posyandu/laporan-sesi";
    }
}
