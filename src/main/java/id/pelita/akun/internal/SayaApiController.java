package id.pelita.akun.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AuditLog;
import id.pelita.audit.EntriAudit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Saya", description = "Pengguna yang sedang masuk")
class SayaApiController {

    private final Akses akses;
    private final AuditLog audit;

    SayaApiController(Akses akses, AuditLog audit) {
        this.akses = akses;
        this.audit = audit;
    }

    @GetMapping("/api/v1/saya")
    @Operation(summary = "Identitas, peran dan cakupan wilayah pengguna yang masuk")
    PenggunaSaatIni saya() {
        return akses.wajibMasuk();
    }

    @GetMapping("/api/v1/saya/audit")
    @Operation(summary = "Siapa yang membaca atau mengubah data akun saya")
    List<EntriAudit> riwayat() {
        return audit.tentang(LayananPengguna.JENIS, String.valueOf(akses.wajibMasuk().id()), 200);
    }
}
