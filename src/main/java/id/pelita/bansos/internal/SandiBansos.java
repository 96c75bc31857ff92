package id.pelita.bansos.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * NIK and KK numbers of beneficiary families at rest: AES-256-GCM for the value, HMAC-SHA256 for lookups (same
 * scheme as the population register, own derived keys from the master key {@code pelita.pdp.kunci}). The key is
 * read when first needed, so a deployment without it still starts (the kependudukan module already refuses to
 * start without it in production).
 */
@Component
class SandiBansos {

    private static final String KUNCI_PENGEMBANGAN = "cGVsaXRhLWRlbW8tdWppLWJ1a2FuLXJhaGFzaWEtMzI=";
    private final SecretKeySpec kunciSandi;
    private final SecretKeySpec kunciHash;
    private final SecureRandom acak = new SecureRandom();

    SandiBansos(@Value("${pelita.pdp.kunci:}") String kunciInduk) {
        String k = kunciInduk == null || kunciInduk.isBlank() ? KUNCI_PENGEMBANGAN : kunciInduk.strip();
        byte[] induk = Base64.getDecoder().decode(k);
        this.kunciSandi = new SecretKeySpec(turunan(induk, "pelita-bansos-sandi-v1"), "AES");
        this.kunciHash = new SecretKeySpec(turunan(induk, "pelita-bansos-cari-v1"), "HmacSHA256");
    }

    String hash(String nomor) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(kunciHash);
            return HexFormat.of().formatHex(mac.doFinal(nomor.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String sandikan(String nomor) {
        try {
            byte[] iv = new byte[12];
            acak.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, kunciSandi, new GCMParameterSpec(128, iv));
            byte[] isi = c.doFinal(nomor.getBytes(StandardCharsets.UTF_8));
            byte[] semua = new byte[iv.length + isi.length];
            System.arraycopy(iv, 0, semua, 0, iv.length);
            System.arraycopy(isi, 0, semua, iv.length, isi.length);
            return "v1:" + Base64.getEncoder().encodeToString(semua);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String samar(String nik) {
        return nik.substring(0, 4) + "**********" + nik.substring(14);
    }

    private static byte[] turunan(byte[] induk, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(induk, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
