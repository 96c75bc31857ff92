package id.pelita.pengaduan.internal.web;

import id.pelita.pengaduan.internal.Kategori;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Wilayah;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;
import java.util.Map;

/**
 * What the form page shows: categories, the served kecamatan with their villages (one select with a group per
 * kecamatan, so it works without JavaScript), the previous entries and messages, and a fresh challenge.
 */
@Component
class HalamanFormLapor {

    static final String TEMPLAT = "pengaduan/lapor";

    record PilihanKecamatan(String kode, String nama, List<Wilayah> desa) {
    }

    private final DirektoriWilayah wilayah;
    private final PenjagaTantangan tantangan;
    private final PengaturanLapor pengaturan;

    HalamanFormLapor(DirektoriWilayah wilayah, PenjagaTantangan tantangan, PengaturanLapor pengaturan) {
        this.wilayah = wilayah;
        this.tantangan = tantangan;
        this.pengaturan = pengaturan;
    }

    String tampil(Model model, IsianLapor isian, Map<String, String> galat) {
        model.addAttribute("kategoriPilihan", Kategori.values());
        model.addAttribute("kecamatanPilihan", wilayah.kecamatanLayanan().stream()
                .map(k -> new PilihanKecamatan(k.kode(), k.nama(), wilayah.anak(k.kode()))).toList());
        model.addAttribute("isian", isian);
        model.addAttribute("galat", galat);
        model.addAttribute("tantangan", tantangan.baru());
        model.addAttribute("fotoMaks", pengaturan.fotoMaks());
        model.addAttribute("fotoMb", pengaturan.fotoUkuranMaks().toMegabytes());
        return TEMPLAT;
    }

    static IsianLapor kosong() {
        return new IsianLapor(null, null, null, null, null, null, null, null, null, false, null, null);
    }
}
