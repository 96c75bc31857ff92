package id.pelita.dokumen.internal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;

/**
 * The office's signing key and certificate chain: from a PKCS#12 file when configured, otherwise a self-signed
 * test certificate made in memory at start-up (its name says so; never written to disk, gone at restart).
 *
 * @param uji true for the self-signed test certificate
 */
record KunciKantor(PrivateKey kunci, X509Certificate[] rantai, boolean uji) {

    private static final Logger LOG = LoggerFactory.getLogger(KunciKantor.class);
    static final String NAMA_UJI = "CN=Sertifikat Uji Pelita (TIDAK SAH),OU=Kecamatan,O=Pelita,C=ID";

    X509Certificate sertifikat() {
        return rantai[0];
    }

    static KunciKantor muat(String path, String sandi, String alias) {
        if (path == null || path.isBlank()) {
            LOG.warn("pelita.dokumen.ttd.p12 tidak diatur: dokumen ditandatangani dengan sertifikat uji buatan sendiri "
                    + "(tidak sah untuk dokumen resmi)");
            return sementara();
        }
        char[] s = sandi == null ? new char[0] : sandi.toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, s);
            String a = alias != null && !alias.isBlank() ? alias
                    : Collections.list(ks.aliases()).stream().filter(x -> isKey(ks, x)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("PKCS#12 tanpa kunci privat: " + path));
            PrivateKey kunci = (PrivateKey) ks.getKey(a, s);
            Certificate[] rantai = ks.getCertificateChain(a);
            if (kunci == null || rantai == null || rantai.length == 0) {
                throw new IllegalStateException("Alias " + a + " tanpa kunci/sertifikat di " + path);
            }
            return new KunciKantor(kunci, Arrays.stream(rantai).map(X509Certificate.class::cast)
                    .toArray(X509Certificate[]::new), false);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Sertifikat kantor tidak dapat dibaca dari " + path, e);
        } finally {
            Arrays.fill(s, '\0');
        }
    }

    private static boolean isKey(KeyStore ks, String alias) {
        try {
            return ks.isKeyEntry(alias);
        } catch (Exception e) {
            return false;
        }
    }

    /** A self-signed RSA-2048 certificate valid for a year, for demo and tests. */
    static KunciKantor sementara() {
        return sementara(NAMA_UJI);
    }

    static KunciKantor sementara(String dn) {
        try {
            KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
            kpg.initialize(2048, new SecureRandom());
            KeyPair kp = kpg.generateKeyPair();
            X500Name nama = new X500Name(dn);
            Instant kini = Instant.now();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(nama,
                    new BigInteger(63, new SecureRandom()), Date.from(kini.minus(Duration.ofDays(1))),
                    Date.from(kini.plus(Duration.ofDays(366))), nama, kp.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
            return new KunciKantor(kp.getPrivate(), new X509Certificate[] {cert}, true);
        } catch (Exception e) {
            throw new IllegalStateException("Sertifikat uji tidak dapat dibuat", e);
        }
    }
}
