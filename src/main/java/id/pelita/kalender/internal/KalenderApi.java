package id.pelita.kalender.internal;

import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.kalender.KalenderKerja;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Kalender kerja", description = "Holidays, collective leave and working-time deadlines per kecamatan")
@RestController
@RequestMapping("/api/v1/kalender")
class KalenderApi {

    /** What a deadline computation answered; {@code tenggatLokal} is in the office's time zone. */
    record HasilTenggat(String kodeKecamatan, Instant mulai, long jumlah, ChronoUnit satuan, Instant tenggat,
                        OffsetDateTime tenggatLokal) {
    }

    private static final Set<ChronoUnit> SATUAN = Set.of(ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS);
    /** A year of working days: more is a typing error, not a time standard. */
    private static final long MAKS_JUMLAH = 366L * 24 * 60;

    private final LayananKalender layanan;
    private final RepositoriKalender repo;
    private final KalenderKerja kalender;
    private final Clock jam;

    KalenderApi(LayananKalender layanan, RepositoriKalender repo, KalenderKerja kalender, Clock jam) {
        this.layanan = layanan;
        this.repo = repo;
        this.kalender = kalender;
        this.jam = jam;
    }

    @Operation(summary = "Days off of a served kecamatan in a year",
            description = "National holidays and cuti bersama plus the kecamatan's local days off, by date. "
                    + "tahun defaults to the current year. 400 for a malformed code, 404 for a kecamatan not served.")
    @GetMapping("/{kode}/libur")
    List<Libur> libur(@Parameter(description = "Kemendagri kecamatan code, e.g. 35.16.04") @PathVariable String kode,
                      @RequestParam(required = false) Integer tahun) {
        String kec = kecamatan(kode);
        if (tahun != null && (tahun < 2000 || tahun > 2100)) {
            throw new GalatValidasi("tahun", "kalender.galat.tahun");
        }
        return repo.liburTahun(kec, tahun == null ? LocalDate.now(jam).getYear() : tahun);
    }

    @Operation(summary = "Deadline of a time standard counted in working time",
            description = "mulai: ISO-8601 instant (e.g. 2026-03-06T08:00:00Z). satuan MINUTES/HOURS count working "
                    + "minutes; DAYS gives the same office time that many working days later. Seconds are dropped.")
    @GetMapping("/{kode}/tenggat")
    HasilTenggat tenggat(@PathVariable String kode, @RequestParam(required = false) String mulai,
                         @RequestParam(required = false) String jumlah, @RequestParam(required = false) String satuan) {
        String kec = kecamatan(kode);
        var galat = new GalatValidasi.Kumpulan();
        Instant m = null;
        try {
            m = mulai == null ? null : Instant.parse(mulai.strip());
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (m == null) {
            galat.tambah("mulai", "kalender.galat.mulai");
        }
        long n = -1;
        try {
            n = jumlah == null ? -1 : Long.parseLong(jumlah.strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (n < 0 || n > MAKS_JUMLAH) {
            galat.tambah("jumlah", "kalender.galat.jumlah");
        }
        ChronoUnit s = null;
        try {
            s = satuan == null ? null : ChronoUnit.valueOf(satuan.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (s == null || !SATUAN.contains(s)) {
            galat.tambah("satuan", "kalender.galat.satuan");
        }
        galat.lemparJikaAda();
        Instant t = kalender.tenggat(kec, m, n, s);
        return new HasilTenggat(kec, m, n, s, t, t.atZone(jam.getZone()).toOffsetDateTime());
    }

    private String kecamatan(String kode) {
        if (kode == null || !kode.matches("\\d{2}\\.\\d{2}\\.\\d{2}")) {
            throw new GalatValidasi("kode", "kalender.galat.kode");
        }
        return layanan.kecamatan(kode).orElseThrow(() -> new TidakDitemukan("Kecamatan layanan " + kode)).kode();
    }
}
