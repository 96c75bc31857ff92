package id.pelita.beranda.internal;

import id.pelita.akun.Akses;
import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import id.pelita.pengaduan.AlarmKebakaran;
import id.pelita.wilayah.DirektoriWilayah;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Map;

/** The public landing page and each role's dashboard. */
@Controller
class BerandaController {

    /** The dashboard panels of each role (message keys); each module fills its panel as it is built. */
    static final Map<Peran, List<String>> PANEL = Map.of(
            Peran.ADMIN, List.of("panel.pengguna", "panel.audit", "panel.wilayah"),
            Peran.CAMAT, List.of("panel.layanan", "panel.pengaduan", "panel.stunting", "panel.sla"),
            Peran.SEKCAM, List.of("panel.layanan", "panel.pengaduan", "panel.sla"),
            Peran.KASI, List.of("panel.kotak.tugas", "panel.layanan"),
            Peran.STAF, List.of("panel.kotak.tugas", "panel.register"),
            Peran.OPERATOR_DESA, List.of("panel.penduduk.desa", "panel.keluarga.desa", "panel.impor"),
            Peran.KADER_POSYANDU, List.of("panel.posyandu", "panel.penimbangan"),
            Peran.TP_PKK, List.of("panel.ekraf", "panel.stunting"),
            Peran.TIM_KABUPATEN, List.of("panel.laporan.masuk", "panel.stunting"),
            Peran.TKSK, List.of("panel.bansos.rakor", "panel.bansos.kpm"));

    private final Akses akses;
    private final DirektoriWilayah wilayah;
    private final id.pelita.layanan.KotakTugas kotakTugas;
    private final AlarmKebakaran alarm;

    BerandaController(Akses akses, DirektoriWilayah wilayah, id.pelita.layanan.KotakTugas kotakTugas,
                      AlarmKebakaran alarm) {
        this.akses = akses;
        this.wilayah = wilayah;
        this.kotakTugas = kotakTugas;
        this.alarm = alarm;
    }

    @GetMapping("/")
    String depan(Model model) {
        if (akses.saatIni().isPresent()) {
            return "redirect:/beranda";
        }
        model.addAttribute("kecamatan", wilayah.kecamatanLayanan());
        return "beranda/depan";
    }

    @GetMapping("/beranda")
    String beranda(Model model) {
        var p = akses.wajibMasuk();
        model.addAttribute("peranUtama", p.peran().stream().sorted().findFirst().orElse(null));
        model.addAttribute("jumlahTugas", kotakTugas.jumlahTugas(p));
        model.addAttribute("jumlahTerlambat", kotakTugas.jumlahTerlambat(p));
        // Fires do not wait for anyone's panel: open fire reports of the kecamatan come first.
        model.addAttribute("alarmKebakaran", alarm.terbuka(p.wilayahKode()));
        model.addAttribute("panel", p.peran().stream().sorted()
                .flatMap(r -> PANEL.getOrDefault(r, List.of()).stream()).distinct().toList());
        return "beranda/dasbor";
    }

    @Configuration(proxyBeanMethods = false)
    static class Aturan {
        @Bean
        AturanAkses.Daftar aturanBeranda() {
            return () -> List.of(AturanAkses.publik("/"), AturanAkses.masuk("/beranda"));
        }

        @Bean
        MenuItem menuBeranda() {
            return new MenuItem("menu.beranda", "/beranda", 0);
        }
    }
}
