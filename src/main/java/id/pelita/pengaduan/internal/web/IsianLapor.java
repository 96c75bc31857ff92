package id.pelita.pengaduan.internal.web;

/**
 * The web form as posted. Coordinates come as text (a phone keyboard may type a decimal comma).
 *
 * @param situsWeb the honeypot: hidden from people, filled by form-filling bots
 * @param altcha   the solved proof-of-work (base64 ALTCHA payload) written by static/js/lapor.js
 */
public record IsianLapor(String kategori, String kecamatan, String desaKode, String uraian, String lintang, String bujur,
                  String telepon, String email, String nama, Boolean anonim, String situsWeb, String altcha) {

    boolean rahasiakan() {
        return Boolean.TRUE.equals(anonim);
    }
}
