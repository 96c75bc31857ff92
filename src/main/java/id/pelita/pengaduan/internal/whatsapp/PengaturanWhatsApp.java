package id.pelita.pengaduan.internal.whatsapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The WhatsApp Cloud API webhook settings.
 *
 * @param verifyToken the token typed into the Meta app dashboard for the verification handshake
 * @param appSecret   the Meta app secret; deliveries are signed with it (X-Hub-Signature-256)
 */
@ConfigurationProperties("pelita.whatsapp")
record PengaturanWhatsApp(String verifyToken, String appSecret) {
}
