package id.pelita.kependudukan.internal;

import id.pelita.kependudukan.JenisKelamin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Tag(name = "Penduduk", description = "Residents within the caller's region scope (TAJUK RETEH population data). "
        + "NIK is masked unless the caller may see it in full (operator of the village, camat, sekcam, admin); "
        + "every read is audited.")
@RestController
@RequestMapping("/api/v1/penduduk")
class PendudukApi {

    /** A resident as the API shows it; {@code nik} masked as 1404**********01 unless {@code nikLengkap}. */
    record PendudukDto(long id, String nik, boolean nikLengkap, long keluargaId, String desaKode, String nama,
                       JenisKelamin jenisKelamin, String tempatLahir, LocalDate tanggalLahir, int agama, int pendidikan,
                       int pekerjaan, int statusKawin, int shdk, int golonganDarah, Disabilitas disabilitas,
                       int statusRekamKtp, int kewarganegaraan, String telepon, StatusPenduduk status) {
    }

    /** A created resident with the NIK warnings to check (texts). */
    record Dibuat(PendudukDto penduduk, List<String> peringatan) {
    }

    /** A saved resident (corrected, or after an event) with the NIK warnings to check (texts). */
    record Disimpan(PendudukDto penduduk, List<String> peringatan) {
    }

    /** A family card; {@code noKk} masked unless {@code noKkLengkap}. */
    record KeluargaDto(long id, String noKk, boolean noKkLengkap, String desaKode, String alamat, String rt, String rw,
                       Long kepalaId) {
    }

    private final LayananKependudukan layanan;
    private final MessageSource pesan;

    PendudukApi(LayananKependudukan layanan, MessageSource pesan) {
        this.layanan = layanan;
        this.pesan = pesan;
    }

    @Operation(summary = "List or search residents in your region",
            description = "q: part of the name, or an exact 16-digit NIK. At most 500 rows, name order.")
    @GetMapping
    List<PendudukDto> daftar(@RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "100") int batas) {
        return layanan.cari(q, batas).stream().map(p -> dto(p, false)).toList();
    }

    @Operation(summary = "One resident", description = "404 when it does not exist or lies outside your region.")
    @GetMapping("/{id}")
    PendudukDto lihat(@PathVariable long id) {
        Penduduk p = layanan.lihat(id);
        return dto(p, layanan.bolehLihatNomor(p.desaKode()));
    }

    @Operation(summary = "Add a resident to a family of your village (village operators)",
            description = "sebab: PENDATAAN (already living here), LAHIR (born) or DATANG (moved in, with tanggalDatang). "
                    + "400 with field errors for bad input; 409 when the NIK is already recorded (the answer names the "
                    + "village only); NIK warnings (date or sex not matching, unknown region code) come back in peringatan.")
    @PostMapping
    ResponseEntity<Dibuat> buat(@Valid @RequestBody FormPendudukBaru isian) {
        try {
            var t = layanan.tambahAnggota(isian.getKeluargaId(), isian);
            Penduduk p = layanan.lihat(t.id());
            return ResponseEntity.created(URI.create("/api/v1/penduduk/" + t.id()))
                    .body(new Dibuat(dto(p, layanan.bolehLihatNomor(p.desaKode())), teks(t.peringatan())));
        } catch (NomorSudahTerdaftar e) {
            throw konflik(e);
        }
    }

    @Operation(summary = "Correct a resident's data (village operator of the resident's village)",
            description = "The whole record as in GET (nik in full). Applies at once and joins the village's open "
                    + "TAJUK RETEH submission for the kecamatan to verify. 400 with field errors, 403 for other roles, "
                    + "404 outside your region, 409 when the NIK belongs to another resident (names only the village).")
    @PutMapping("/{id}")
    Disimpan ubah(@PathVariable long id, @Valid @RequestBody FormPenduduk isian) {
        try {
            var t = layanan.ubah(id, isian);
            Penduduk p = layanan.lihat(id);
            return new Disimpan(dto(p, layanan.bolehLihatNomor(p.desaKode())), teks(t.peringatan()));
        } catch (NomorSudahTerdaftar e) {
            throw konflik(e);
        }
    }

    @Operation(summary = "Record an event on a resident (village operator)",
            description = "jenis: MATI (death), PINDAH_KELUAR (moved out) or PINDAH_KK (change of family, with "
                    + "keluargaTujuanId in the same village and shdkBaru). tanggal between the start of the current "
                    + "presence and today. The event counts in published figures once the kecamatan verifies the "
                    + "village's submission. 400 with field errors, 404 outside your region.")
    @PostMapping("/{id}/mutasi")
    ResponseEntity<Disimpan> mutasi(@PathVariable long id, @Valid @RequestBody FormMutasi isian) {
        layanan.catatMutasi(id, isian);
        Penduduk p = layanan.lihat(id);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Disimpan(dto(p, layanan.bolehLihatNomor(p.desaKode())), List.of()));
    }

    @Operation(summary = "One family card", description = "404 when it does not exist or lies outside your region.")
    @GetMapping("/keluarga/{id}")
    KeluargaDto keluarga(@PathVariable long id) {
        return dto(layanan.lihatKeluarga(id));
    }

    @Operation(summary = "Correct a family card: KK number, address, RT/RW (village operator)",
            description = "rt/rw: 1–3 digits or empty. 400 with field errors, 403 for other roles, 404 outside your "
                    + "region, 409 (kode nomor-terdaftar) when another family holds the KK number, naming only its village.")
    @PutMapping("/keluarga/{id}")
    KeluargaDto ubahKeluarga(@PathVariable long id, @Valid @RequestBody FormKeluarga isian) {
        try {
            layanan.ubahKeluarga(id, isian);
        } catch (NomorSudahTerdaftar e) {
            throw konflik(e);
        }
        return dto(layanan.lihatKeluarga(id));
    }

    private List<String> teks(List<String> kunci) {
        return kunci.stream().map(k -> pesan.getMessage(k, null, k, LocaleContextHolder.getLocale())).toList();
    }

    private ErrorResponseException konflik(NomorSudahTerdaftar e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                pesan.getMessage(e.kunciPesan(), new Object[]{e.namaDesa()}, LocaleContextHolder.getLocale()));
        pd.setType(URI.create("urn:pelita:masalah:nomor-terdaftar"));
        pd.setTitle("Nomor sudah terdaftar");
        pd.setProperty("kode", "nomor-terdaftar");
        pd.setProperty("field", e.field());
        return new ErrorResponseException(HttpStatus.CONFLICT, pd, e);
    }

    private KeluargaDto dto(Keluarga k) {
        boolean lengkap = layanan.bolehLihatNomor(k.desaKode());
        return new KeluargaDto(k.id(), ModelKependudukan.tampil(k.noKk(), lengkap), lengkap, k.desaKode(), k.alamat(),
                k.rt(), k.rw(), k.kepalaId());
    }

    private static PendudukDto dto(Penduduk p, boolean lengkap) {
        return new PendudukDto(p.id(), ModelKependudukan.tampil(p.nik(), lengkap), lengkap, p.keluargaId(), p.desaKode(),
                p.nama(), p.jenisKelamin(), p.tempatLahir(), p.tanggalLahir(), p.agama(), p.pendidikan(), p.pekerjaan(),
                p.statusKawin(), p.shdk(), p.golonganDarah(), p.disabilitas(), p.statusRekamKtp(), p.kewarganegaraan(),
                p.telepon(), p.status());
    }
}
