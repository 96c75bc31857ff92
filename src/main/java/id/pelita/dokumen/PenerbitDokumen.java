package id.pelita.dokumen;

import java.time.Instant;
import java.util.Optional;

/**
 * Issues signed documents and keeps them for verification. A module first asks for a {@link Kerangka} (the
 * verification code and its QR code, to print on the document), renders its PDF, then calls {@link #terbitkan}:
 * the PDF is signed through {@link PenandaTangan} and archived with its SHA-256 in the caller's transaction.
 */
public interface PenerbitDokumen {

    /** A fresh, unguessable verification code with the public address and QR code (PNG data URI) pointing to it. */
    Kerangka siapkan();

    /**
     * Signs the PDF and stores it under the code of the frame.
     *
     * @param nomor        the document number (e.g. its register number)
     * @param judul        what the document is, shown on the verification page
     * @param wilayahKode  the region that issued it (the reader's access to the stored file is checked against it)
     * @param rujukan      what it belongs to in the calling module (e.g. the request code)
     * @return the issued document (its signed bytes through {@link #pdf})
     */
    DokumenTerbit terbitkan(Kerangka kerangka, String nomor, String judul, String wilayahKode, String rujukan,
                            PenandaTangan.Permintaan permintaan, byte[] pdf);

    Optional<DokumenTerbit> cari(String kode);

    /** The signed PDF as issued. */
    Optional<byte[]> pdf(String kode);

    record Kerangka(String kode, String alamatVerifikasi, String qrDataUri) {
    }

    /**
     * @param penandaTangan the official named in the signature
     * @param sertifikat    subject of the certificate that made the signature
     * @param sha256        hex SHA-256 of the signed PDF
     */
    record DokumenTerbit(String kode, String nomor, String judul, String wilayahKode, String rujukan,
                         String penandaTangan, String sertifikat, String sha256, Instant ditandatangani) {
    }
}
