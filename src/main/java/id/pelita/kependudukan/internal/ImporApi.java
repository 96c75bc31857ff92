package id.pelita.kependudukan.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.inti.DalamWilayah;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;

@Tag(name = "Penduduk: impor dan ekspor", description = "Population register import (XLSX/CSV with Pelita's, OpenSID's "
        + "or SIAK's column names) and export (XLSX/CSV) within the caller's region scope.")
@RestController
@RequestMapping("/api/v1/penduduk")
class ImporApi {

    private final LayananImpor impor;
    private final EksporPenduduk ekspor;
    private final Akses akses;
    private final MessageSource pesan;

    ImporApi(LayananImpor impor, EksporPenduduk ekspor, Akses akses, MessageSource pesan) {
        this.impor = impor;
        this.ekspor = ekspor;
        this.akses = akses;
        this.pesan = pesan;
    }

    @Operation(summary = "Import residents from an XLSX or CSV file (multipart field 'berkas')",
            description = "desa: target village (village operators: always their own; kecamatan staff: a village "
                    + "of their kecamatan). mode: BARIS_SAH stores the valid rows, SEMUA_ATAU_TIDAK stores nothing when "
                    + "any row has an error. dryRun=true only checks. Rows are matched by NIK: unchanged rows are "
                    + "counted (tidakBerubah), changed rows updated and audited; a family (KK) not yet registered is "
                    + "created with its head (SHDK 1). The answer is the report with one entry per row error or warning. "
                    + "400 when the file itself is refused (type, size, zip bomb, unreadable).")
    @PostMapping(path = "/impor", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<LayananImpor.Laporan> impor(@RequestParam(required = false) MultipartFile berkas,
                                               @RequestParam(required = false) String desa,
                                               @RequestParam(defaultValue = "BARIS_SAH") MesinImpor.Mode mode,
                                               @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        if (berkas == null || berkas.isEmpty()) {
            throw new GalatValidasi("berkas", "impor.berkas.kosong");
        }
        PenggunaSaatIni p = akses.wajibMasuk();
        String tujuan = p.punya(Peran.OPERATOR_DESA) ? p.wilayahKode() : desa;
        if (tujuan == null || tujuan.isBlank()) {
            throw new GalatValidasi("desa", "impor.desa.wajib");
        }
        LayananImpor.Laporan l = impor.langsung(tujuan.strip(), berkas.getOriginalFilename(), berkas.getBytes(), mode,
                dryRun, LocaleContextHolder.getLocale());
        return ResponseEntity.status(l.status() == Impor.Status.GAGAL ? HttpStatus.BAD_REQUEST : HttpStatus.OK).body(l);
    }

    @Operation(summary = "Export living residents of a region in your scope as CSV or XLSX",
            description = "Columns of Pelita's import template. NIK/KK numbers masked unless you may see them. Audited.")
    @GetMapping("/ekspor")
    void ekspor(@DalamWilayah @RequestParam(required = false) String wilayah,
                @RequestParam(defaultValue = "csv") String format, HttpServletResponse res) throws IOException {
        String kode = ekspor.cakupan(wilayah);
        TabelKeluar.Format f = TabelKeluar.Format.dari(format);
        res.setContentType(f.mime);
        res.setHeader("Content-Disposition", "attachment; filename=\"penduduk-" + kode + "." + f.akhiran + "\"");
        try (TabelKeluar t = TabelKeluar.buka(f, res.getOutputStream(), "penduduk")) {
            ekspor.ekspor(kode, t, f);
        }
    }

    @ExceptionHandler(BerkasDitolak.class)
    ProblemDetail ditolak(BerkasDitolak e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                pesan.getMessage(e.kunciPesan(), e.nilai(), e.kunciPesan(), LocaleContextHolder.getLocale()));
        pd.setType(URI.create("urn:pelita:masalah:berkas-ditolak"));
        pd.setTitle("Berkas ditolak");
        pd.setProperty("kode", "berkas-ditolak");
        return pd;
    }
}
