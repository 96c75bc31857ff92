package id.pelita.dokumen;

/**
 * Signs a PDF electronically: a PAdES signature (PAdES-B-B: a detached CMS SignedData over the PDF's byte range,
 * SHA-256, with the signing-certificate-v2 attribute, sub-filter {@code ETSI.CAdES.detached}).
 *
 * <p>Pelita's own implementation signs with the office's certificate from a PKCS#12 file
 * ({@code pelita.dokumen.ttd.p12} + {@code pelita.dokumen.ttd.sandi}); without one it makes a self-signed test
 * certificate at start-up, marked as such. This interface is the seam where the national signing service — BSrE
 * (Balai Sertifikasi Elektronik, BSSN), whose TTE API signs a PDF with the official's own certificate after the
 * official confirms with a passphrase — replaces the local certificate: provide another bean of this interface
 * that sends the PDF to BSrE and returns the signed file. Callers only hand over a PDF and get it back signed;
 * nothing else in Pelita needs to change (verification reads the certificate from the signature itself).
 */
public interface PenandaTangan {

    /**
     * Returns the PDF with one signature added (incremental update: the original bytes stay untouched in front).
     *
     * @throws IllegalStateException when signing is not possible (bad PDF, certificate unusable, service down)
     */
    byte[] tandaTangani(byte[] pdf, Permintaan permintaan);

    /**
     * What the signature dictionary records besides the cryptographic signature.
     *
     * @param namaPenanda the official on whose authority the document is signed (e.g. "SUGONDO, S.Sos., MM.")
     * @param alasan      the reason, e.g. "Camat Trawas menyetujui surat ini"
     * @param lokasi      where, e.g. "Kecamatan Trawas"
     */
    record Permintaan(String namaPenanda, String alasan, String lokasi) {
    }
}
