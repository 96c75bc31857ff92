package id.pelita.inti.internal;

import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;

/**
 * Errors of REST controllers as RFC 7807 problem documents ({@code application/problem+json}) with a
 * machine-readable {@code kode} and, for bad input, one entry per field.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class PenanganMasalahApi extends ResponseEntityExceptionHandler {

    private final MessageSource pesan;

    PenanganMasalahApi(MessageSource pesan) {
        this.pesan = pesan;
    }

    record GalatField(String field, String kode, String pesan) {
    }

    @ExceptionHandler(GalatValidasi.class)
    ProblemDetail validasi(GalatValidasi g) {
        ProblemDetail p = masalah(HttpStatus.BAD_REQUEST, "input-tidak-sah", "Input tidak sah",
                "Periksa kembali isian yang ditandai.");
        p.setProperty("galat", g.galat().entrySet().stream()
                .map(e -> new GalatField(e.getKey(), e.getValue(), teks(e.getValue()))).toList());
        return p;
    }

    @ExceptionHandler(TidakDitemukan.class)
    ProblemDetail tidakDitemukan(TidakDitemukan e) {
        return masalah(HttpStatus.NOT_FOUND, "tidak-ditemukan", "Tidak ditemukan", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail aksesDitolak(AccessDeniedException e) {
        return masalah(HttpStatus.FORBIDDEN, "akses-ditolak", "Akses ditolak",
                "Peran atau wilayah Anda tidak mengizinkan permintaan ini.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail p = masalah(HttpStatus.BAD_REQUEST, "input-tidak-sah", "Input tidak sah",
                "Periksa kembali isian yang ditandai.");
        List<GalatField> galat = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new GalatField(f.getField(), f.getCode(),
                        pesan.getMessage(f, LocaleContextHolder.getLocale())))
                .toList();
        p.setProperty("galat", galat);
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        // Framework errors (unreadable JSON, wrong method, missing parameter...) get our type and code too.
        if (body instanceof ProblemDetail p && p.getProperties() == null) {
            String kode = kodeUntuk(statusCode.value());
            p.setType(URI.create("urn:pelita:masalah:" + kode));
            p.setProperty("kode", kode);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static String kodeUntuk(int status) {
        return switch (status) {
            case 400 -> "permintaan-tidak-sah";
            case 401 -> "belum-masuk";
            case 403 -> "akses-ditolak";
            case 404 -> "tidak-ditemukan";
            case 405 -> "metode-tidak-didukung";
            case 409 -> "konflik";
            case 413 -> "terlalu-besar";
            case 415 -> "jenis-tidak-didukung";
            case 429 -> "terlalu-banyak-permintaan";
            default -> status >= 500 ? "galat-server" : "galat";
        };
    }

    static ProblemDetail masalah(HttpStatus status, String kode, String judul, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:pelita:masalah:" + kode));
        p.setTitle(judul);
        p.setProperty("kode", kode);
        return p;
    }

    private String teks(String kunci) {
        return pesan.getMessage(kunci, null, kunci, LocaleContextHolder.getLocale());
    }
}
