package id.pelita.kalender.internal;

import id.pelita.akun.Akses;
import id.pelita.inti.DalamWilayah;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.wilayah.Wilayah;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Screen /kalender: the holidays of a year and the office hours of a kecamatan (by default the user's own),
 * with forms to edit them for those allowed. Bad input shows the page again with status 400 and a message
 * per field.
 */
@Controller
class HalamanKalender {

    /** One weekday row of the office-hours form; blank times mean closed. */
    record BarisJam(int hari, String buka, String tutup) {
    }

    record BarisLibur(Libur libur, boolean bolehHapus) {
    }

    private final LayananKalender layanan;
    private final KalenderKerjaJdbc kalender;
    private final RepositoriKalender repo;
    private final Akses akses;
    private final Clock jam;

    HalamanKalender(LayananKalender layanan, KalenderKerjaJdbc kalender, RepositoriKalender repo, Akses akses, Clock jam) {
        this.layanan = layanan;
        this.kalender = kalender;
        this.repo = repo;
        this.akses = akses;
        this.jam = jam;
    }

    @GetMapping("/kalender")
    ModelAndView lihat(@RequestParam(required = false) String kecamatan, @RequestParam(required = false) Integer tahun) {
        return halaman(kecamatan, tahun, Map.of(), Map.of(), null, HttpStatus.OK);
    }

    @PostMapping("/kalender/libur")
    ModelAndView tambahLibur(@DalamWilayah @RequestParam(required = false) String kodeKecamatan,
                             @RequestParam(required = false) String tanggal, @RequestParam(required = false) String nama,
                             @RequestParam(required = false) String jenis, RedirectAttributes ra) {
        try {
            Libur l = layanan.tambahLibur(kodeKecamatan, tanggal, nama, jenis);
            ra.addFlashAttribute("sukses", "kalender.libur.ditambah");
            return kembali(kodeKecamatan, l.tanggal().getYear());
        } catch (GalatValidasi g) {
            Map<String, String> isian = new HashMap<>();
            isian.put("kodeKecamatan", kodeKecamatan == null ? "" : kodeKecamatan);
            isian.put("tanggal", tanggal == null ? "" : tanggal);
            isian.put("nama", nama == null ? "" : nama);
            isian.put("jenis", jenis == null ? "" : jenis);
            return halaman(kodeKecamatan, null, g.galat(), isian, null, HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/kalender/libur/{id}/hapus")
    ModelAndView hapusLibur(@PathVariable String id, RedirectAttributes ra) {
        Libur l = layanan.hapusLibur(id);
        ra.addFlashAttribute("sukses", "kalender.libur.dihapus");
        return kembali(l.kecamatanKode(), l.tanggal().getYear());
    }

    @PostMapping("/kalender/jam-kerja")
    ModelAndView ubahJamKerja(@DalamWilayah @RequestParam(required = false) String kodeKecamatan,
                              @RequestParam(defaultValue = "false") boolean bawaan,
                              @RequestParam Map<String, String> isian, RedirectAttributes ra) {
        try {
            layanan.ubahJamKerja(kodeKecamatan, bawaan, isian);
            ra.addFlashAttribute("sukses", "kalender.jam.disimpan");
            return kembali(kodeKecamatan, null);
        } catch (GalatValidasi g) {
            List<BarisJam> baris = new ArrayList<>();
            for (DayOfWeek h : DayOfWeek.values()) {
                baris.add(new BarisJam(h.getValue(), isian.getOrDefault("buka" + h.getValue(), ""),
                        isian.getOrDefault("tutup" + h.getValue(), "")));
            }
            return halaman(kodeKecamatan, null, g.galat(), Map.of(), baris, HttpStatus.BAD_REQUEST);
        }
    }

    private ModelAndView halaman(String kecamatan, Integer tahun, Map<String, String> galat, Map<String, String> isian,
                                 List<BarisJam> isianJam, HttpStatus status) {
        String kode = LayananKalender.kosongJadiNull(kecamatan);
        Wilayah kec = kode == null ? layanan.kecamatan(layanan.kecamatanAwal(akses.wajibMasuk())).orElse(null)
                : layanan.kecamatan(kode).orElse(null);
        if (kec == null) {
            if (status == HttpStatus.OK) {
                throw new TidakDitemukan("Kecamatan " + kecamatan);
            }
            // A bad kecamatan in a form: show the user's own kecamatan with the message.
            kec = layanan.kecamatan(layanan.kecamatanAwal(akses.wajibMasuk())).orElseThrow();
        }
        int th = tahun == null || tahun < 2000 || tahun > 2100 ? LocalDate.now(jam).getYear() : tahun;
        var mav = new ModelAndView("kalender/halaman", status);
        mav.addObject("kecamatan", kec);
        mav.addObject("pilihanKecamatan", layanan.kecamatanLayanan());
        mav.addObject("tahun", th);
        mav.addObject("libur", repo.liburTahun(kec.kode(), th).stream()
                .map(l -> new BarisLibur(l, layanan.bolehUbah(l.kecamatanKode()))).toList());
        mav.addObject("jamKerja", isianJam != null ? isianJam : barisJam(kec.kode()));
        mav.addObject("jamSendiri", kalender.punyaJamSendiri(kec.kode()));
        mav.addObject("bolehUbah", layanan.bolehUbah(kec.kode()));
        mav.addObject("bolehUbahNasional", layanan.bolehUbah(null));
        mav.addObject("semuaJenis", JenisLibur.values());
        mav.addObject("galat", galat);
        mav.addObject("isian", isian);
        return mav;
    }

    private List<BarisJam> barisJam(String kecamatan) {
        Map<DayOfWeek, JamBuka> jamKerja = kalender.jamBerlaku(kecamatan);
        List<BarisJam> baris = new ArrayList<>();
        for (DayOfWeek h : DayOfWeek.values()) {
            JamBuka j = jamKerja.get(h);
            baris.add(new BarisJam(h.getValue(), j == null ? "" : j.buka().toString(), j == null ? "" : j.tutup().toString()));
        }
        return baris;
    }

    private static ModelAndView kembali(String kecamatan, Integer tahun) {
        var uri = UriComponentsBuilder.fromPath("/kalender");
        String kode = LayananKalender.kosongJadiNull(kecamatan);
        if (kode != null) {
            uri.queryParam("kecamatan", kode);
        }
        if (tahun != null) {
            uri.queryParam("tahun", tahun);
        }
        return new ModelAndView("redirect:" + uri.build().toUriString());
    }
}
