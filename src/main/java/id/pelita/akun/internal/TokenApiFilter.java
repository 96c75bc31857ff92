package id.pelita.akun.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Authenticates API calls that carry {@code Authorization: Bearer <token>}; the session is not touched. */
@Component
class TokenApiFilter extends OncePerRequestFilter {

    private final TokenApiService token;

    TokenApiFilter(TokenApiService token) {
        this.token = token;
    }

    static boolean membawaToken(HttpServletRequest req) {
        String h = req.getHeader("Authorization");
        return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest req) {
        return !membawaToken(req) || !KonfigurasiKeamanan.API.matches(req);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain rantai)
            throws ServletException, IOException {
        var pengguna = token.autentikasi(req.getHeader("Authorization").substring(7).trim());
        if (pengguna.isEmpty()) {
            MasalahKeamanan.tulis(res, HttpStatus.UNAUTHORIZED, "token-tidak-sah", "Token tidak sah",
                    "Token API tidak dikenal, sudah dicabut atau kedaluwarsa.", req);
            return;
        }
        var principal = new PenggunaPrincipal(pengguna.get(), null, true, true);
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var konteks = SecurityContextHolder.createEmptyContext();
        konteks.setAuthentication(auth);
        SecurityContextHolder.setContext(konteks);
        try {
            rantai.doFilter(req, res);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
