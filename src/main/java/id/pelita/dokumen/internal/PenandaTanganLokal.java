package id.pelita.dokumen.internal;

import id.pelita.dokumen.PenandaTangan;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Map;
import java.util.TimeZone;

/**
 * Signs with the office certificate on this server: PDFBox 3 writes the signature dictionary and the byte range
 * (incremental save), Bouncy Castle makes the CMS (the JDK has no CMS API). PAdES-B-B: signed attributes
 * content-type, message-digest and signing-certificate-v2 (the certificate's SHA-256 bound into the signature);
 * no signing-time attribute (PAdES takes the time from the dictionary's /M).
 */
@Component
class PenandaTanganLokal implements PenandaTangan {

    private final KunciKantor kunci;

    @org.springframework.beans.factory.annotation.Autowired
    PenandaTanganLokal(@Value("${pelita.dokumen.ttd.p12:}") String path,
                       @Value("${pelita.dokumen.ttd.sandi:}") String sandi,
                       @Value("${pelita.dokumen.ttd.alias:}") String alias) {
        this(KunciKantor.muat(path, sandi, alias));
    }

    PenandaTanganLokal(KunciKantor kunci) {
        this.kunci = kunci;
    }

    KunciKantor kunci() {
        return kunci;
    }

    @Override
    public byte[] tandaTangani(byte[] pdf, Permintaan p) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            sig.setName(p.namaPenanda());
            sig.setReason(p.alasan());
            sig.setLocation(p.lokasi());
            sig.setSignDate(Calendar.getInstance(TimeZone.getTimeZone("UTC")));
            try (SignatureOptions opsi = new SignatureOptions()) {
                opsi.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                doc.addSignature(sig, this::cms, opsi);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 20_000);
                doc.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Dokumen tidak dapat ditandatangani", e);
        }
    }

    /** The detached CMS SignedData over the bytes PDFBox hands over (the whole file except /Contents). */
    byte[] cms(InputStream isi) throws IOException {
        try {
            X509Certificate cert = kunci.sertifikat();
            ContentSigner penanda = new JcaContentSignerBuilder("SHA256withRSA").build(kunci.kunci());
            ESSCertIDv2 id = new ESSCertIDv2(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(
                            X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))), cert.getSerialNumber()));
            ASN1EncodableVector v = new ASN1EncodableVector();
            v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
            var atribut = new DefaultSignedAttributeTableGenerator(new AttributeTable(v)) {
                @Override
                @SuppressWarnings("rawtypes")
                public AttributeTable getAttributes(Map parameters) {
                    return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
                }
            };
            SignerInfoGenerator info = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(atribut).build(penanda, cert);
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(info);
            gen.addCertificates(new JcaCertStore(Arrays.asList(kunci.rantai())));
            CMSSignedData data = gen.generate(new CMSProcessableByteArray(isi.readAllBytes()), false);
            return data.getEncoded("DER");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("CMS tidak dapat dibuat", e);
        }
    }
}
