package id.pelita.notifikasi;

import java.util.List;

/**
 * One outgoing message.
 *
 * @param saluran channel
 * @param tujuan recipient: username (APLIKASI), phone in E.164 without '+' (WHATSAPP), e-mail address (EMAIL)
 * @param subjek subject (e-mail, in-app title); optional for WhatsApp
 * @param isi text of the message
 * @param templat WhatsApp template name, used when the recipient has not written within 24 hours; optional
 * @param parameterTemplat the template's body parameters {{1}}, {{2}}, ... in order; may be empty
 * @param kunciUnik idempotency key: a second {@code kirim} with the same key stores nothing; optional
 */
public record PesanKeluar(Saluran saluran, String tujuan, String subjek, String isi, String templat,
                          List<String> parameterTemplat, String kunciUnik) {

    public PesanKeluar {
        parameterTemplat = parameterTemplat == null ? List.of() : List.copyOf(parameterTemplat);
    }

    public static PesanKeluar aplikasi(String username, String subjek, String isi, String kunciUnik) {
        return new PesanKeluar(Saluran.APLIKASI, username, subjek, isi, null, List.of(), kunciUnik);
    }

    public static PesanKeluar email(String alamat, String subjek, String isi, String kunciUnik) {
        return new PesanKeluar(Saluran.EMAIL, alamat, subjek, isi, null, List.of(), kunciUnik);
    }

    public static PesanKeluar whatsapp(String telepon, String isi, String templat, List<String> parameterTemplat,
                                       String kunciUnik) {
        return new PesanKeluar(Saluran.WHATSAPP, telepon, null, isi, templat, parameterTemplat, kunciUnik);
    }
}
