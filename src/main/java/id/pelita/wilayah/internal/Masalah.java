package id.pelita.wilayah.internal;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** RFC 7807 problems of the region API (rendered as application/problem+json by Spring MVC). */
final class Masalah {

    private Masalah() {
    }

    static ErrorResponseException tidakDitemukan(String detail) {
        return masalah(HttpStatus.NOT_FOUND, "Wilayah tidak ditemukan", detail);
    }

    static ErrorResponseException kodeTidakSah(String kode) {
        return masalah(HttpStatus.BAD_REQUEST, "Kode wilayah tidak sah",
                "'" + kode + "' bukan kode Kemendagri (NN, NN.NN, NN.NN.NN atau NN.NN.NN.NNNN)");
    }

    static ErrorResponseException masalah(HttpStatus status, String judul, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(judul);
        return new ErrorResponseException(status, p, null);
    }

    static URI lokasiRt(String kodeDesa) {
        return URI.create("/api/v1/wilayah/" + kodeDesa + "/rt");
    }
}
