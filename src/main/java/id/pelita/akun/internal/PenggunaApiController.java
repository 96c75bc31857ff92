package id.pelita.akun.internal;

import id.pelita.akun.Akses;
import id.pelita.audit.AuditLog;
import id.pelita.audit.EntriAudit;
import id.pelita.inti.Peran;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

@RestController
@Tag(name = "Pengguna", description = "Akun pengguna (khusus ADMIN, dalam cakupan wilayahnya)")
class PenggunaApiController {

    record PenggunaDto(long id, String username, String nama, String email, String telepon, Set<Peran> peran,
                       String wilayahKode, String seksi, boolean aktif, boolean terkunci) {
    }

    record StatusAktif(boolean aktif) {
    }

    private final Akses akses;
    private final LayananPengguna layanan;
    private final AuditLog audit;
    private final Clock jam;

    PenggunaApiController(Akses akses, LayananPengguna layanan, AuditLog audit, Clock jam) {
        this.akses = akses;
        this.layanan = layanan;
        this.audit = audit;
        this.jam = jam;
    }

    @GetMapping("/api/v1/pengguna")
    @Operation(summary = "Daftar pengguna dalam cakupan wilayah admin")
    List<PenggunaDto> daftar() {
        return layanan.daftar(akses.wajibMasuk()).stream().map(this::dto).toList();
    }

    @GetMapping("/api/v1/pengguna/{id}")
    @Operation(summary = "Satu pengguna (dicatat di audit)")
    PenggunaDto lihat(@PathVariable long id) {
        return dto(layanan.lihat(id, akses.wajibMasuk()));
    }

    @GetMapping("/api/v1/pengguna/{id}/audit")
    @Operation(summary = "Riwayat audit tentang akun ini")
    List<EntriAudit> riwayat(@PathVariable long id) {
        layanan.lihat(id, akses.wajibMasuk());
        return audit.tentang(LayananPengguna.JENIS, String.valueOf(id), 200);
    }

    @PostMapping("/api/v1/pengguna")
    @Operation(summary = "Buat pengguna")
    ResponseEntity<PenggunaDto> buat(@Valid @RequestBody FormPengguna form) {
        var admin = akses.wajibMasuk();
        long id = layanan.buat(form, admin);
        return ResponseEntity.created(URI.create("/api/v1/pengguna/" + id)).body(dto(layanan.lihat(id, admin)));
    }

    @PutMapping("/api/v1/pengguna/{id}")
    @Operation(summary = "Ubah peran, cakupan dan data pengguna")
    PenggunaDto ubah(@PathVariable long id, @Valid @RequestBody FormPengguna form) {
        var admin = akses.wajibMasuk();
        layanan.ubah(id, form, admin);
        return dto(layanan.lihat(id, admin));
    }

    @PutMapping("/api/v1/pengguna/{id}/aktif")
    @Operation(summary = "Aktifkan atau nonaktifkan pengguna")
    ResponseEntity<Void> aktif(@PathVariable long id, @RequestBody StatusAktif status) {
        layanan.aturAktif(id, status.aktif(), akses.wajibMasuk());
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    private PenggunaDto dto(Pengguna p) {
        Instant sekarang = jam.instant();
        return new PenggunaDto(p.id(), p.username(), p.nama(), p.email(), p.telepon(), p.peran(), p.wilayahKode(),
                p.seksi(), p.aktif(), p.terkunci(sekarang));
    }
}
