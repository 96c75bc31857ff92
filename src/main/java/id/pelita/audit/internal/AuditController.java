package id.pelita.audit.internal;

import id.pelita.audit.AksiAudit;
import id.pelita.audit.EntriAudit;
import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.LocalDate;
import java.util.List;

/** The administrator's audit query: by actor, record, action and date. */
@Controller
@Tag(name = "Audit", description = "Jejak audit (khusus ADMIN)")
class AuditController {

    private final AuditLogJdbc audit;
    

    AuditController(AuditLogJdbc audit) {
        this.audit = audit;

    }

    @GetMapping("/admin/audit")
    String halaman(@RequestParam(required = false) String pelaku, @RequestParam(required = false) String jenisData,
                   @RequestParam(required = false) String dataId, @RequestParam(required = false) AksiAudit aksi,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
                   Authentication auth, Model model) {
        var s = new SaringanAudit(pelaku, jenisData, dataId, aksi, dari, sampai);
        model.addAttribute("saringan", s);
        model.addAttribute("semuaAksi", AksiAudit.values());
        model.addAttribute("entri", audit.cari(s, id.pelita.inti.CakupanWilayah.dari(auth), 200));
        return "audit/daftar";
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    @Operation(summary = "Cari entri audit (terbaru dulu, maks. 1000)")
    List<EntriAudit> api(@RequestParam(required = false) String pelaku, @RequestParam(required = false) String jenisData,
                         @RequestParam(required = false) String dataId, @RequestParam(required = false) AksiAudit aksi,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
                         @RequestParam(defaultValue = "200") int batas, Authentication auth) {
        return audit.cari(new SaringanAudit(pelaku, jenisData, dataId, aksi, dari, sampai), id.pelita.inti.CakupanWilayah.dari(auth), batas);
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Aturan {
        @Bean
        AturanAkses.Daftar aturanAudit() {
            return () -> List.of(AturanAkses.peran("/admin/audit", Peran.ADMIN),
                    AturanAkses.peran("/api/v1/audit", Peran.ADMIN));
        }

        @Bean
        MenuItem menuAudit() {
            return new MenuItem("menu.audit", "/admin/audit", 91);
        }
    }
}
