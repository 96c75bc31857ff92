package id.pelita.bansos.internal;

import id.pelita.inti.GalatValidasi;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Uploads are checked by size and by their first bytes (not the name or the browser's claim): PDF, JPEG, PNG. */
final class PemeriksaBerkas {

    static final long MAKS_BYTE = 5L * 1024 * 1024;

    private PemeriksaBerkas() {
    }

    record Berkas(String nama, String tipe, byte[] isi) {
    }

    /** Null when no file was sent; {@code gambarSaja} refuses PDF (photos). */
    static Berkas periksa(MultipartFile f, String field, boolean gambarSaja) {
        if (f == null || f.isEmpty()) {
            return null;
        }
        if (f.getSize() > MAKS_BYTE) {
            throw new GalatValidasi(field, "bansos.berkas.besar");
        }
        try {
            byte[] isi = f.getBytes();
            String tipe = jenis(isi);
            if (tipe == null || (gambarSaja && tipe.equals("application/pdf"))) {
                throw new GalatValidasi(field, gambarSaja ? "bansos.berkas.bukan.gambar" : "bansos.berkas.jenis");
            }
            return new Berkas(nama(f.getOriginalFilename()), tipe, isi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String jenis(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "image/png";
        }
        return null;
    }

    static String nama(String asli) {
        String n = asli == null ? "berkas" : asli.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "_");
        if (n.isBlank()) {
            n = "berkas";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
