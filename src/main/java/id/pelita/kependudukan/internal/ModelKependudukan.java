package id.pelita.kependudukan.internal;

import id.pelita.kependudukan.AturanNik;
import id.pelita.kependudukan.JenisKelamin;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Arrays;
import java.util.List;

/** What every population page's template needs: the code lists and choices. */
@ControllerAdvice(assignableTypes = {HalamanPenduduk.class, HalamanKeluarga.class})
class ModelKependudukan {

    /** One line of a list: the resident, the number as this user may see it, the village when useful. */
    record Baris(Penduduk penduduk, String nik, String desa) {
    }

    @ModelAttribute
    void isi(Model model) {
        model.addAttribute("kode", KodeSiak.UNTUK_TAMPILAN);
        model.addAttribute("semuaKelamin", JenisKelamin.values());
        model.addAttribute("semuaDisabilitas", Disabilitas.values());
        model.addAttribute("sebabMasuk", Arrays.stream(JenisMutasi.values()).filter(JenisMutasi::masuk).toList());
        model.addAttribute("jenisMutasi", List.of(JenisMutasi.MATI, JenisMutasi.PINDAH_KELUAR, JenisMutasi.PINDAH_KK));
    }

    static String tampil(String nomor, boolean lengkap) {
        return lengkap ? nomor : AturanNik.samarkan(nomor);
    }
}
