package id.pelita.dokumen.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks the (last) PAdES signature of a PDF: the byte range covers the whole file except the signature value,
 * the CMS signature is valid over it, and the signing-certificate-v2 attribute names the certificate that signed.
 * Any parsing failure of a tampered file counts as "not valid".
 */
final class PemeriksaPades {

    private PemeriksaPades() {
    }

    /**
     * @param cakupanUtuh  the byte range starts at 0, ends at the end of the file and skips only {@code <...>}
     * @param tandaTanganSah the CMS signature verifies against the signed bytes
     * @param sertifikatCocok signing-certificate-v2 holds the SHA-256 of the signer's certificate
     * @param sidikJari     SHA-256 of the signer certificate (hex)
     */
    record Hasil(boolean adaTandaTangan, boolean cakupanUtuh, boolean tandaTanganSah, boolean sertifikatCocok,
                 String subFilter, String subjek, String sidikJari, Instant waktu, String nama) {
        boolean sah() {
            return adaTandaTangan && cakupanUtuh && tandaTanganSah && sertifikatCocok;
        }

        static Hasil tidakAda() {
            return new Hasil(false, false, false, false, null, null, null, null, null);
        }
    }

    static Hasil periksa(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> semua = doc.getSignatureDictionaries();
            if (semua.isEmpty()) {
                return Hasil.tidakAda();
            }
            PDSignature sig = semua.get(semua.size() - 1);
            int[] br = sig.getByteRange();
            boolean cakupan = br != null && br.length == 4 && br[0] == 0 && br[1] > 0 && br[2] > br[1]
                    && (long) br[2] + br[3] == pdf.length && pdf[br[1]] == '<' && pdf[br[2] - 1] == '>';
            byte[] isi = sig.getContents(pdf);
            byte[] ditandatangani = sig.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(ditandatangani), isi);
            SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var cocok = cms.getCertificates().getMatches(si.getSID());
            if (cocok.isEmpty()) {
                return new Hasil(true, cakupan, false, false, sig.getSubFilter(), null, null, null, sig.getName());
            }
            X509CertificateHolder cert = (X509CertificateHolder) cocok.iterator().next();
            boolean sah = si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            byte[] hashSertifikat = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            boolean sertifikatCocok = false;
            var atribut = si.getSignedAttributes() == null ? null
                    : si.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (atribut != null) {
                SigningCertificateV2 scv2 = SigningCertificateV2.getInstance(atribut.getAttrValues().getObjectAt(0));
                ESSCertIDv2 id = scv2.getCerts()[0];
                sertifikatCocok = MessageDigest.isEqual(id.getCertHash(), hashSertifikat);
            }
            Instant waktu = sig.getSignDate() == null ? null : sig.getSignDate().toInstant();
            return new Hasil(true, cakupan, sah, sertifikatCocok, sig.getSubFilter(), cert.getSubject().toString(),
                    HexFormat.of().formatHex(hashSertifikat), waktu, sig.getName());
        } catch (Exception e) {
            return new Hasil(true, false, false, false, null, null, null, null, null);
        }
    }
}
