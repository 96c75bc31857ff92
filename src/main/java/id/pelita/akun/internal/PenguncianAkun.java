package id.pelita.akun.internal;

import id.pelita.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Locks an account after repeated wrong passwords; a successful login clears the count. */
@Component
class PenguncianAkun {

    private final PenggunaRepository repo;
    private final PengaturanAkun pengaturan;
    private final Clock jam;
    private final AuditLog audit;

    PenguncianAkun(PenggunaRepository repo, PengaturanAkun pengaturan, Clock jam, AuditLog audit) {
        this.repo = repo;
        this.pengaturan = pengaturan;
        this.jam = jam;
        this.audit = audit;
    }

    @EventListener
    void gagal(AuthenticationFailureBadCredentialsEvent e) {
        String username = e.getAuthentication().getName();
        if (repo.cariUsername(username).isEmpty()) {
            return;
        }
        int sisa = repo.catatGagal(username, pengaturan.maksGagalLogin(), jam.instant().plus(pengaturan.durasiKunci()));
        if (sisa == 0) {
            audit.catatSistem(id.pelita.audit.AksiAudit.KUNCI, "pengguna", username, null, "Akun dikunci setelah "
                    + pengaturan.maksGagalLogin() + " kali gagal masuk");
        }
    }

    @EventListener
    void berhasil(AuthenticationSuccessEvent e) {
        if (e.getAuthentication().getPrincipal() instanceof PenggunaPrincipal p) {
            repo.catatBerhasil(p.getUsername());
        }
    }
}
