package id.pelita.pengaduan.internal.open311;

import id.pelita.inti.AturanAkses;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Open311 is public, as the GeoReport v2 spec makes it: reading needs no login, and a POST carries its own
 * {@code api_key} (a personal API token) that the controller checks, answering 403 as the spec says. CSRF does
 * not apply to {@code /open311/**} (see the security configuration): clients are apps, not browsers with a
 * session.
 */
@Configuration(proxyBeanMethods = false)
class AksesOpen311 implements AturanAkses.Daftar {

    @Override
    public List<AturanAkses> aturan() {
        return List.of(AturanAkses.publik("/open311/v2/**"));
    }
}
