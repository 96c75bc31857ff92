package id.pelita.kependudukan.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
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
 * Protection of identity numbers at rest (PDP = pelindungan data pribadi, UU 27/2022). From the master key
 * {@code PELITA_PDP_KEY} (base64, 32 bytes) two keys are derived: one encrypts (AES-256-GCM, a fresh 12-byte
 * IV per value, stored as {@code v1:<base64 iv+ciphertext>}), the other makes the lookup hash (HMAC-SHA256,
 * hex), so the hash column cannot be used to decrypt and equal numbers are still found. Without a key only the
 * demo and test profiles start (with a fixed, public development key); production refuses to start.
 */
@Component
public class SandiPdp {

    private static final Logger LOG = LoggerFactory.getLogger(SandiPdp.class);
    private static final String VERSI = "v1:";
    /** Public and worthless: only for demo/test runs that set no key of their own. */
    private static final String KUNCI_PENGEMBANGAN = "cGVsaXRhLWRlbW8tdWppLWJ1a2FuLXJhaGFzaWEtMzI=";

    private final SecretKeySpec kunciSandi;
    private final SecretKeySpec kunciHash;
    private final SecureRandom acak = new SecureRandom();

    public SandiPdp(@Value("${pelita.pdp.kunci:}") String kunciInduk, Environment env) {
        String kunci = kunciInduk == null ? "" : kunciInduk.strip();
        if (kunci.isEmpty()) {
            if (!env.acceptsProfiles(Profiles.of("demo", "test"))) {
                throw new IllegalStateException("PELITA_PDP_KEY belum diatur: NIK dan nomor KK harus tersandi. "
                        + "Buat dengan: openssl rand -base64 32");
            }
            LOG.warn("PELITA_PDP_KEY kosong: profil demo/uji memakai kunci pengembangan yang tidak rahasia");
            kunci = KUNCI_PENGEMBANGAN;
        }
        byte[] induk;
        try {
            induk = Base64.getDecoder().decode(kunci);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PELITA_PDP_KEY bukan base64 yang sah");
        }
        if (induk.length != 32) {
            throw new IllegalStateException("PELITA_PDP_KEY harus 32 byte (base64 dari 32 byte acak)");
        }
        this.kunciSandi = new SecretKeySpec(turunan(induk, "pelita-pdp-sandi-v1"), "AES");
        this.kunciHash = new SecretKeySpec(turunan(induk, "pelita-pdp-cari-v1"), "HmacSHA256");
    }

    public String sandikan(String nomor) {
        try {
            byte[] iv = new byte[12];
            acak.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, kunciSandi, new GCMParameterSpec(128, iv));
            byte[] isi = c.doFinal(nomor.getBytes(StandardCharsets.UTF_8));
            byte[] semua = new byte[iv.length + isi.length];
            System.arraycopy(iv, 0, semua, 0, iv.length);
            System.arraycopy(isi, 0, semua, iv.length, isi.length);
            return VERSI + Base64.getEncoder().encodeToString(semua);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Gagal menyandikan", e);
        }
    }

    public String buka(String sandi) {
        if (sandi == null || !sandi.startsWith(VERSI)) {
            throw new IllegalStateException("Format sandi tidak dikenal");
        }
        try {
            byte[] semua = Base64.getDecoder().decode(sandi.substring(VERSI.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, kunciSandi, new GCMParameterSpec(128, semua, 0, 12));
            return new String(c.doFinal(semua, 12, semua.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Gagal membuka sandi (kunci salah?)", e);
        }
    }

    /** Encrypts a whole file (e.g. an uploaded population import, kept until it is stored): IV + ciphertext. */
    public byte[] sandikanBerkas(byte[] isi) {
        try {
            byte[] iv = new byte[12];
            acak.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, kunciSandi, new GCMParameterSpec(128, iv));
            byte[] sandi = c.doFinal(isi);
            byte[] semua = new byte[iv.length + sandi.length];
            System.arraycopy(iv, 0, semua, 0, iv.length);
            System.arraycopy(sandi, 0, semua, iv.length, sandi.length);
            return semua;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Gagal menyandikan", e);
        }
    }

    public byte[] bukaBerkas(byte[] semua) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, kunciSandi, new GCMParameterSpec(128, semua, 0, 12));
            return c.doFinal(semua, 12, semua.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Gagal membuka sandi (kunci salah?)", e);
        }
    }

    /** The lookup hash of a number (unique index column). */
    public String hash(String nomor) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(kunciHash);
            return HexFormat.of().formatHex(mac.doFinal(nomor.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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
