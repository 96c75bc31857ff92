package id.pelita.akun.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Service;

import java.util.Optional;

@Service
class AksesImpl implements Akses {

    private final DirektoriWilayah wilayah;
    private final ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator;

    AksesImpl(DirektoriWilayah wilayah, ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator) {
        this.wilayah = wilayah;
        this.evaluator = evaluator;
    }

    @Override
    public Optional<PenggunaSaatIni> saatIni() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getPrincipal() instanceof PenggunaPrincipal p) {
            return Optional.of(p.pengguna());
        }
        return Optional.empty();
    }

    @Override
    public PenggunaSaatIni wajibMasuk() {
        return saatIni().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Belum masuk"));
    }

    @Override
    public boolean bolehWilayah(String kodeWilayah) {
        var p = saatIni();
        if (p.isEmpty() || !KodeWilayah.sah(kodeWilayah) || !wilayah.dilayani(kodeWilayah)) {
            return false;
        }
        String cakupan = p.get().wilayahKode();
        return cakupan == null || KodeWilayah.termasuk(kodeWilayah, cakupan);
    }

    @Override
    public void pastikanWilayah(String kodeWilayah) {
        if (!bolehWilayah(kodeWilayah)) {
            throw new AccessDeniedException("Wilayah " + kodeWilayah + " di luar cakupan Anda");
        }
    }

    @Override
    public boolean bolehMembuka(String metode, String path) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return evaluator.getObject().isAllowed(null, path, metode, a);
    }
}
