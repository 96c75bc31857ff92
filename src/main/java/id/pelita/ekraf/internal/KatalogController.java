package id.pelita.ekraf.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;

/** The public catalogue of registered producers (no login): a list, one page per producer, and the same as JSON. */
@Controller
@Tag(name = "Ekonomi kreatif")
class KatalogController {

    private final KatalogEkraf katalog;

    KatalogController(KatalogEkraf katalog) {
        this.katalog = katalog;
    }

    @GetMapping("/katalog-ekraf")
    String daftar(@RequestParam(required = false) String kecamatan, Model model) {
        var kec = katalog.kecamatan(kecamatan);
        model.addAttribute("entri", katalog.daftar(kec.map(k -> k.kode()).orElse(null)));
        model.addAttribute("kecamatan", kec.orElse(null));
        return "ekraf/katalog";
    }

    @GetMapping("/katalog-ekraf/{id}")
    String pelaku(@PathVariable long id, Model model) {
        model.addAttribute("e", katalog.lihat(id));
        return "ekraf/katalog-pelaku";
    }

    @GetMapping(path = "/api/v1/ekraf/katalog", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "Katalog publik pelaku ekonomi kreatif",
            description = "Produk, desa dan izin (P-IRT, halal) pelaku aktif; kontak hanya bila pelaku setuju dipublikasikan.")
    List<KatalogEkraf.Entri> api(@RequestParam(required = false) String kecamatan) {
        return katalog.daftar(katalog.kecamatan(kecamatan).map(k -> k.kode()).orElse(null));
    }
}
