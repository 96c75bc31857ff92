package id.pelita.pengaduan.internal.open311;

import org.springframework.http.HttpStatus;

import java.util.List;

/** An Open311 error answer: the HTTP status and one or more {@code <error>} entries (code + description). */
class Galat311 extends RuntimeException {

    record Entri(int code, String description) {
    }

    final HttpStatus status;
    final List<Entri> entri;

    Galat311(HttpStatus status, List<Entri> entri) {
        super(entri.toString());
        this.status = status;
        this.entri = List.copyOf(entri);
    }

    Galat311(HttpStatus status, String keterangan) {
        this(status, List.of(new Entri(status.value(), keterangan)));
    }

    static Galat311 tidakAda(String keterangan) {
        return new Galat311(HttpStatus.NOT_FOUND, keterangan);
    }

    static Galat311 salah(String keterangan) {
        return new Galat311(HttpStatus.BAD_REQUEST, keterangan);
    }
}
