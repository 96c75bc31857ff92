package id.pelita.pengaduan.internal.whatsapp;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Meta signs each delivery: {@code X-Hub-Signature-256: sha256=<hex>} is the HMAC-SHA256 of the raw body
 * with the app secret. Compared in constant time so the signature cannot be guessed byte by byte.
 */
final class TandaTanganWebhook {

    private static final String AWALAN = "sha256=";

    private TandaTanganWebhook() {
    }

    static boolean sah(byte[] body, String header, String appSecret) {
        if (header == null || appSecret == null || appSecret.isBlank() || !header.startsWith(AWALAN)) {
            return false;
        }
        byte[] diberikan;
        try {
            diberikan = HexFormat.of().parseHex(header.substring(AWALAN.length()).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(body, appSecret), diberikan);
    }

    static byte[] hmac(byte[] body, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 tidak tersedia", e);
        }
    }

    /** Constant-time comparison of two texts (the verify token). */
    static boolean samaTeks(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
