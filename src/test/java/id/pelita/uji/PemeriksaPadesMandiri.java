package id.pelita.uji;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * An independent check of a PAdES signature for tests, written straight against PDFBox and Bouncy Castle (not
 * through Pelita's own verifier): the byte range covers the whole file except the signature value, the CMS
 * signature verifies over exactly those bytes, the signing-certificate-v2 attribute names the signing certificate.
 */
public final class PemeriksaPadesMandiri {

    private PemeriksaPadesMandiri() {
    }

    /** What was found; {@code sertifikat} is the DER of the signer certificate. */
    public record Hasil(boolean cakupanUtuh, boolean cmsSah, boolean sertifikatV2Cocok, boolean tanpaSigningTime,
                        String subFilter, byte[] sertifikat, String galat) {
        public boolean sah() {
            return cakupanUtuh && cmsSah && sertifikatV2Cocok;
        }
    }

    public static Hasil periksa(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var daftar = doc.getSignatureDictionaries();
            if (daftar.size() != 1) {
                return new Hasil(false, false, false, false, null, null, "jumlah tanda tangan " + daftar.size());
            }
            PDSignature sig = daftar.get(0);
            int[] br = sig.getByteRange();
            boolean cakupan = br[0] == 0 && (long) br[2] + br[3] == pdf.length && pdf[br[1]] == '<' && pdf[br[2] - 1] == '>'
                    && br[1] < br[2];
            // The bytes between the two ranges are exactly the hex string of /Contents
            String antara = new String(Arrays.copyOfRange(pdf, br[1] + 1, br[2] - 1), java.nio.charset.StandardCharsets.US_ASCII);
            cakupan = cakupan && antara.matches("[0-9A-Fa-f]+");
            byte[] ditandatangani = new byte[br[1] + br[3]];
            System.arraycopy(pdf, 0, ditandatangani, 0, br[1]);
            System.arraycopy(pdf, br[2], ditandatangani, br[1], br[3]);
            byte[] cmsBytes = java.util.HexFormat.of().parseHex(antara);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(ditandatangani), cmsBytes);
            SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder cert = (X509CertificateHolder) cms.getCertificates().getMatches(si.getSID()).iterator().next();
            boolean sah = si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            var attr = si.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            boolean v2 = attr != null && MessageDigest.isEqual(
                    SigningCertificateV2.getInstance(attr.getAttrValues().getObjectAt(0)).getCerts()[0].getCertHash(),
                    MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
            boolean tanpaWaktu = si.getSignedAttributes().get(CMSAttributes.signingTime) == null;
            return new Hasil(cakupan, sah, v2, tanpaWaktu, sig.getSubFilter(), cert.getEncoded(), null);
        } catch (Exception e) {
            return new Hasil(false, false, false, false, null, null, e.toString());
        }
    }
}
