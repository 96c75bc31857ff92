package id.pelita.inti;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * A user's region scope travels as a granted authority {@code WILAYAH_<kode>}, so modules below
 * {@code akun} (such as audit) can read it without depending on the accounts module.
 */
public final class CakupanWilayah {

    public static final String AWALAN = "WILAYAH_";

    private CakupanWilayah() {
    }

    /** The scope code, or null for a user without one (national administrator) or no authentication. */
    public static String dari(Authentication auth) {
        if (auth == null) {
            return null;
        }
        for (GrantedAuthority g : auth.getAuthorities()) {
            if (g.getAuthority() != null && g.getAuthority().startsWith(AWALAN)) {
                return g.getAuthority().substring(AWALAN.length());
            }
        }
        return null;
    }
}
