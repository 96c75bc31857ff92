package id.pelita.layanan.internal;

import id.pelita.inti.GalatValidasi;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Attachments are checked by size and by their first bytes (not the name or the browser's claimed type):
 * PDF, JPEG and PNG only.
 */
final class PemeriksaLampiran {

    static final long MAKS_BYTE = 5L * 1024 * 1024;
    static final int MAKS_BERKAS = 5;

    private PemeriksaLampiran() {
    }

    static List<IsianLangkah.Lampiran> periksa(List<MultipartFile> berkas) {
        List<IsianLangkah.Lampiran> hasil = new ArrayList<>();
        if (berkas == null) {
            return hasil;
        }
        var nyata = berkas.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (nyata.size() > MAKS_BERKAS) {
            throw new GalatValidasi("lampiran", "lampiran.terlalu.banyak");
        }
        for (MultipartFile f : nyata) {
            if (f.getSize() > MAKS_BYTE) {
                throw new GalatValidasi("lampiran", "lampiran.terlalu.besar");
            }
            try {
                byte[] isi = f.getBytes();
                String jenis = jenis(isi);
                if (jenis == null) {
                    throw new GalatValidasi("lampiran", "lampiran.jenis.ditolak");
                }
                hasil.add(new IsianLangkah.Lampiran(nama(f.getOriginalFilename()), jenis, isi));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hasil;
    }

    static String jenis(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return null;
    }

    /** A safe display name: no path, no control characters, at most 200 characters. */
    static String nama(String asli) {
        String n = asli == null ? "lampiran" : asli.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "_");
        if (n.isBlank()) {
            n = "lampiran";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
