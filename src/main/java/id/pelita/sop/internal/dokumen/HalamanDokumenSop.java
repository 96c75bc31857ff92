package id.pelita.sop.internal.dokumen;

import id.pelita.sop.DefinisiSop;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The official SOP document as a printable web page, with links to its PDF and flowchart. */
@Controller
class HalamanDokumenSop {

    private final SumberDokumen sumber;
    private final PenyajiDokumenSop penyaji;

    HalamanDokumenSop(SumberDokumen sumber, PenyajiDokumenSop penyaji) {
        this.sumber = sumber;
        this.penyaji = penyaji;
    }

    @GetMapping("/sop/{kode}/versi/{versi}/dokumen")
    String dokumen(@PathVariable String kode, @PathVariable int versi, Model model) {
        DefinisiSop sop = sumber.cari(kode, versi);
        model.addAttribute("sop", sop);
        // Built by PenyajiDokumenSop with every user text escaped; inserted unescaped on purpose.
        model.addAttribute("isi", penyaji.isi(sop));
        return "sop/dokumen";
    }
}
