package id.pelita.inti.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that reaches {@code /error}: API paths and JSON clients get a problem document, people get
 * a friendly page in their language (403, 404, 500...).
 */
@Controller
class GalatController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(GalatController.class);

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ProblemDetail> masalah(HttpServletRequest req) {
        HttpStatus status = status(req);
        ProblemDetail p = PenanganMasalahApi.masalah(status, PenanganMasalahApi.kodeUntuk(status.value()),
                status.getReasonPhrase(), status.is5xxServerError() ? "Terjadi kesalahan pada server." : status.getReasonPhrase());
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            p.setInstance(java.net.URI.create(uri.toString().replace(" ", "%20")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @RequestMapping("/error")
    Object halaman(HttpServletRequest req, Model model) {
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(req.getContextPath() + "/api/")) {
            return masalah(req);
        }
        HttpStatus status = status(req);
        if (status.is5xxServerError()) {
            LOG.error("Galat server pada {}", uri, (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        model.addAttribute("status", status.value());
        String nama = switch (status.value()) {
            case 403, 404 -> "error/" + status.value();
            default -> status.is5xxServerError() ? "error/500" : "error/umum";
        };
        var mav = new org.springframework.web.servlet.ModelAndView(nama, model.asMap(), status);
        return mav;
    }

    private static HttpStatus status(HttpServletRequest req) {
        Object kode = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus s = kode instanceof Integer i ? HttpStatus.resolve(i) : null;
        return s == null ? HttpStatus.INTERNAL_SERVER_ERROR : s;
    }
}
