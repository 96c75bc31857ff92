import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Real encrypted NIKs for bench/penduduk-1jt.sh, made the way kependudukan.internal.SandiPdp makes them (keys
 * derived from PELITA_PDP_KEY by HMAC-SHA256, AES-256-GCM with a 12-byte IV, "v1:" + base64, HMAC lookup hash),
 * so the staff pages can decrypt the loaded rows. Prints "nik,sandi,hash" lines:
 * <pre>java bench/SandiPool.java &lt;base64 key&gt; 2000 &gt; /tmp/pool.csv</pre>
 */
public class SandiPool {

    public static void main(String[] a) throws Exception {
        byte[] induk = Base64.getDecoder().decode(a[0]);
        int n = Integer.parseInt(a[1]);
        SecretKeySpec sandi = new SecretKeySpec(turunan(induk, "pelita-pdp-sandi-v1"), "AES");
        SecretKeySpec hash = new SecretKeySpec(turunan(induk, "pelita-pdp-cari-v1"), "HmacSHA256");
        SecureRandom acak = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // Reteh's code, a valid birth date, a serial: passes the NIK rules.
            String nik = String.format("140401%02d%02d%02d%04d", 1 + i % 28, 1 + i % 12, 60 + i % 40, 1 + i / 28 % 9999);
            byte[] iv = new byte[12];
            acak.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, sandi, new GCMParameterSpec(128, iv));
            byte[] isi = c.doFinal(nik.getBytes(StandardCharsets.UTF_8));
            byte[] semua = new byte[iv.length + isi.length];
            System.arraycopy(iv, 0, semua, 0, iv.length);
            System.arraycopy(isi, 0, semua, iv.length, isi.length);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hash);
            out.append(nik).append(',').append("v1:").append(Base64.getEncoder().encodeToString(semua)).append(',')
                    .append(HexFormat.of().formatHex(mac.doFinal(nik.getBytes(StandardCharsets.UTF_8)))).append('\n');
        }
        System.out.print(out);
    }

    static byte[] turunan(byte[] induk, String label) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(induk, "HmacSHA256"));
        return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
    }
}
