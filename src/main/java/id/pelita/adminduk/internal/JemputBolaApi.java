package id.pelita.adminduk.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Read-only API of jemput bola e-KTP: batches in the user's region and one batch's residents (NIK masked). */
@RestController
@RequestMapping("/api/v1/adminduk/jemput-bola")
@Tag(name = "Jemput bola e-KTP", description = "Perekaman e-KTP warga rentan di rumah (SOP JEMPUT-BOLA-EKTP)")
class JemputBolaApi {

    private final LayananJemputBola layanan;

    JemputBolaApi(LayananJemputBola layanan) {
        this.layanan = layanan;
    }

    record AngkatanJson(long id, String kecamatanKode, String nama, String status, String berkasNomor, Integer langkah,
                        LocalDate rapatTanggal, Instant rekamMulai, Instant tenggatRekam) {
    }

    record WargaJson(long id, long pendudukId, String desaKode, String nama, String nikSamar, String kategori,
                     String status, String alasan, LocalDate kunjunganTanggal, Integer urutan, Instant direkamPada,
                     Instant tenggatCetak, boolean terlambatRekam, boolean terlambatCetak, Instant diserahkanPada,
                     Set<ProgramBantuan> bantuan, String usulanProgram, String usulanStatus, String usulanAlasan) {
    }

    record DetailJson(AngkatanJson angkatan, List<WargaJson> warga) {
    }

    @GetMapping
    @Operation(summary = "Angkatan jemput bola dalam wilayah pengguna")
    List<AngkatanJson> daftar() {
        return layanan.daftar().stream().map(this::json).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Satu angkatan dengan status tiap warga (operator desa: warga desanya saja); dicatat di audit")
    DetailJson lihat(@PathVariable long id) {
        Angkatan a = layanan.lihat(id);
        return new DetailJson(json(a), layanan.warga(a).stream().map(b -> {
            Warga w = b.warga();
            return new WargaJson(w.id(), w.pendudukId(), w.desaKode(), w.nama(), w.nikSamar(), w.kategori(),
                    w.status().name(), w.alasan(), w.kunjunganTanggal(), w.urutan(), w.direkamPada(), b.tenggatCetak(),
                    b.terlambatRekam(), b.terlambatCetak(), w.diserahkanPada(), b.bantuan(), w.usulanProgram(),
                    w.usulanStatus(), w.usulanAlasan());
        }).toList());
    }

    private AngkatanJson json(Angkatan a) {
        return new AngkatanJson(a.id(), a.kecamatanKode(), a.nama(), a.status(), a.berkasNomor(), a.langkah(),
                a.rapatTanggal(), a.rekamMulai(), layanan.tenggatRekam(a));
    }
}
