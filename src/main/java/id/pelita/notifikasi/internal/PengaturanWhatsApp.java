package id.pelita.notifikasi.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * WhatsApp Business Cloud API.
 *
 * @param apiBase base URL (a local fake in tests)
 * @param versi Graph API version, e.g. v21.0
 * @param phoneNumberId the business phone number id messages are sent from
 * @param token permanent access token (Bearer)
 * @param bahasaTemplat language code of the approved templates
 * @param batasWaktu connect and read timeout of one call
 */
@ConfigurationProperties("pelita.whatsapp")
record PengaturanWhatsApp(@DefaultValue("https://graph.facebook.com") String apiBase,
                          @DefaultValue("v21.0") String versi, String phoneNumberId, String token,
                          @DefaultValue("id") String bahasaTemplat, @DefaultValue("20s") Duration batasWaktu) {

    boolean lengkap() {
        return phoneNumberId != null && !phoneNumberId.isBlank() && token != null && !token.isBlank();
    }
}
