package id.pelita.akun.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** API clients get RFC 7807 problem documents for 401 and 403, never a login page. */
@Component
class MasalahKeamanan implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest req, HttpServletResponse res, AuthenticationException e) throws IOException {
        tulis(res, HttpStatus.UNAUTHORIZED, "belum-masuk", "Belum masuk",
                "Permintaan ini memerlukan sesi masuk atau token API (Authorization: Bearer ...).", req);
    }

    @Override
    public void handle(HttpServletRequest req, HttpServletResponse res, AccessDeniedException e) throws IOException {
        tulis(res, HttpStatus.FORBIDDEN, "akses-ditolak", "Akses ditolak",
                "Peran atau wilayah Anda tidak mengizinkan permintaan ini.", req);
    }

    static void tulis(HttpServletResponse res, HttpStatus status, String kode, String judul, String detail,
                      HttpServletRequest req) throws IOException {
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write("{\"type\":\"urn:pelita:masalah:" + kode + "\",\"title\":\"" + judul + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\"" + json(req.getRequestURI())
                + "\",\"kode\":\"" + kode + "\"}");
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
