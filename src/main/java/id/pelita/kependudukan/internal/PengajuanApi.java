package id.pelita.kependudukan.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

@Tag(name = "Pengajuan penduduk", description = "TAJUK RETEH: a village's population changes wait in its open "
        + "submission until the kecamatan team verifies them; only verified changes count in published figures.")
@RestController
@RequestMapping("/api/v1/penduduk/pengajuan")
class PengajuanApi {

    /** A submission; {@code sampai} = id of its latest change (pass it back when verifying what you read). */
    record PengajuanDto(long id, String desaKode, StatusPengajuan status, String berkasNomor, int putaran,
                        String alasanKembali, Map<JenisPerubahan, Long> jumlah, long total, long sampai,
                        String diajukanOleh, OffsetDateTime diajukanPada, String diperiksaOleh,
                        OffsetDateTime diperiksaPada) {
    }

    record PerubahanDto(long id, JenisPerubahan jenis, Long pendudukId, Long keluargaId, String uraian,
                        String dicatatOleh, OffsetDateTime dicatatPada) {
    }

    record Rinci(PengajuanDto pengajuan, List<PerubahanDto> perubahan) {
    }

    /** Body of a decision; {@code alasan} required to send back. */
    record Keputusan(String alasan, Long sampai) {
    }

    private final LayananPengajuan layanan;

    PengajuanApi(LayananPengajuan layanan) {
        this.layanan = layanan;
    }

    @Operation(summary = "Open submissions in your region",
            description = "Village operators: their village's; kecamatan and district users: every village in their "
                    + "scope. status: one or more of DRAF, DIAJUKAN, DIKEMBALIKAN, TERVERIFIKASI (default all but "
                    + "TERVERIFIKASI).")
    @GetMapping
    List<PengajuanDto> daftar(@Parameter(description = "statuses to list")
                              @RequestParam(required = false) List<StatusPengajuan> status) {
        List<StatusPengajuan> s = status == null || status.isEmpty()
                ? List.of(StatusPengajuan.DRAF, StatusPengajuan.DIAJUKAN, StatusPengajuan.DIKEMBALIKAN) : status;
        return layanan.daftar(s).stream().map(PengajuanApi::dto).toList();
    }

    @Operation(summary = "One submission with its changes", description = "404 outside your region.")
    @GetMapping("/{id}")
    Rinci lihat(@PathVariable long id) {
        return new Rinci(dto(layanan.lihat(id)), layanan.perubahan(id).stream()
                .map(p -> new PerubahanDto(p.id(), p.jenis(), p.pendudukId(), p.keluargaId(), p.uraian(),
                        p.dicatatOleh(), p.dicatatPada())).toList());
    }

    @Operation(summary = "Submit your village's open submission (village operator)",
            description = "Starts the TAJUK-RETEH case (or continues it after a send-back). 400 (kode input-tidak-sah) "
                    + "when there is nothing to submit or it is already submitted.")
    @PostMapping("/ajukan")
    PengajuanDto ajukan() {
        return dto(layanan.lihat(layanan.ajukan().id()));
    }

    @Operation(summary = "Verify a submission (kecamatan team)",
            description = "Its changes count in published figures from now on. sampai (optional): the latest change "
                    + "id you reviewed; 400 when changes were added since. 403 when the case's step is not yours, "
                    + "404 outside your region.")
    @PostMapping("/{id}/verifikasi")
    PengajuanDto verifikasi(@PathVariable long id, @RequestBody(required = false) Keputusan k) {
        layanan.verifikasi(id, k == null ? null : k.sampai());
        return dto(layanan.lihat(id));
    }

    @Operation(summary = "Send a submission back to the village with reasons (kecamatan team)",
            description = "alasan is required (400 otherwise) and shown to the operator.")
    @PostMapping("/{id}/kembalikan")
    PengajuanDto kembalikan(@PathVariable long id, @RequestBody(required = false) Keputusan k) {
        layanan.kembalikan(id, k == null ? null : k.alasan(), k == null ? null : k.sampai());
        return dto(layanan.lihat(id));
    }

    private static PengajuanDto dto(LayananPengajuan.Ringkas r) {
        Pengajuan a = r.pengajuan();
        return new PengajuanDto(a.id(), a.desaKode(), a.status(), a.berkasNomor(), a.putaran(), a.alasanKembali(),
                r.jumlah(), r.total(), r.perubahanTerakhir(), a.diajukanOleh(), a.diajukanPada(), a.diperiksaOleh(),
                a.diperiksaPada());
    }
}
