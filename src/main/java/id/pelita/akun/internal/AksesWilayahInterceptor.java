package id.pelita.akun.internal;

import id.pelita.akun.Akses;
import id.pelita.inti.DalamWilayah;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;

/**
 * Checks every handler parameter marked {@link DalamWilayah} against the signed-in user's region before the
 * handler runs: the region half of the single access check (the role half is the security filter chain).
 */
@Component
class AksesWilayahInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final Akses akses;

    AksesWilayahInterceptor(Akses akses) {
        this.akses = akses;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
        if (!(handler instanceof HandlerMethod metode)) {
            return true;
        }
        for (MethodParameter param : metode.getMethodParameters()) {
            if (param.hasParameterAnnotation(DalamWilayah.class)) {
                String kode = nilai(req, param);
                if (kode != null && !kode.isBlank() && !akses.bolehWilayah(kode.trim())) {
                    throw new AccessDeniedException("Wilayah " + kode + " di luar cakupan Anda");
                }
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static String nilai(HttpServletRequest req, MethodParameter param) {
        String nama = param.getParameterName();
        PathVariable pv = param.getParameterAnnotation(PathVariable.class);
        if (pv != null) {
            String n = !pv.name().isEmpty() ? pv.name() : !pv.value().isEmpty() ? pv.value() : nama;
            var vars = (Map<String, String>) req.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            return vars == null ? null : vars.get(n);
        }
        RequestParam rp = param.getParameterAnnotation(RequestParam.class);
        if (rp != null) {
            nama = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : nama;
        }
        return req.getParameter(nama);
    }
}
