/**
 * Dokumen: electronically signed documents Pelita issues (e.g. the BSPPS coordination-meeting letter).
 * A PDF is signed (PAdES, {@link id.pelita.dokumen.PenandaTangan}), archived with its hash under a short
 * verification code, and anyone holding the code (printed as a QR code on the document) can check on the public
 * page {@code /verifikasi/{kode}} who signed what and when, and whether a PDF they hold is the unaltered original.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dokumen")
package id.pelita.dokumen;
