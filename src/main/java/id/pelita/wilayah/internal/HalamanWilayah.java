package id.pelita.wilayah.internal;

import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Wilayah;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Page /wilayah: the served kecamatan, their villages, and the RT/RW recorded in each village. */
@Controller
class HalamanWilayah {

    /** One village row of the page; {@code kelurahan} picks the label (Thymeleaf 3.1 cannot call static code). */
    record BarisDesa(Wilayah desa, boolean kelurahan, List<RukunTetangga> rt) {
    }

    record BagianKecamatan(Wilayah kecamatan, List<BarisDesa> desa) {
    }

    private final DirektoriWilayah direktori;
    private final RepositoriRt repositoriRt;

    HalamanWilayah(DirektoriWilayah direktori, RepositoriRt repositoriRt) {
        this.direktori = direktori;
        this.repositoriRt = repositoriRt;
    }

    @GetMapping("/wilayah")
    String daftar(Model model) {
        List<Wilayah> kecamatan = direktori.kecamatanLayanan();
        List<String> kodeDesa = kecamatan.stream().flatMap(k -> direktori.anak(k.kode()).stream())
                .map(Wilayah::kode).toList();
        // One query for all RT of the served villages rather than one per village.
        Map<String, List<RukunTetangga>> rtPerDesa = repositoriRt.diDesa(kodeDesa).stream()
                .collect(Collectors.groupingBy(RukunTetangga::desaKode));
        model.addAttribute("daftar", kecamatan.stream()
                .map(k -> new BagianKecamatan(k, direktori.anak(k.kode()).stream()
                        .map(d -> new BarisDesa(d, KodeWilayah.kelurahan(d.kode()),
                                rtPerDesa.getOrDefault(d.kode(), List.of())))
                        .toList()))
                .toList());
        return "wilayah/daftar";
    }
}
