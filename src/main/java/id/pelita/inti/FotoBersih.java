package id.pelita.inti;

import org.springframework.web.multipart.MultipartFile;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks and cleans uploaded photos (a web complaint's, a coaching visit's). Only JPEG and PNG are accepted,
 * judged by their first bytes (the browser's content type and the file name are the sender's claim). Each photo
 * is decoded and drawn again into a plain RGB image, turned upright by its EXIF orientation, scaled down to
 * {@code sisiMaks}, and written as a new JPEG: nothing of the original file survives, so EXIF/GPS metadata (a
 * reporter's home, say) and anything hidden in the file are gone.
 *
 * <p>Rule breaks are {@link GalatValidasi} on field {@code foto}; the message keys are the caller's prefix plus
 * {@code .jumlah}, {@code .besar}, {@code .jenis}, {@code .rusak} or {@code .dimensi}, so each module words its
 * own messages.
 */
public final class FotoBersih {

    /** Pixels a photo may have before it is decoded at all (a small file can claim a huge picture). */
    public static final long PIKSEL_MAKS = 50_000_000L;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /** A cleaned photo: always a JPEG. */
    public record Foto(byte[] jpeg, int lebar, int tinggi) {
    }

    private FotoBersih() {
    }

    /**
     * The uploaded photos, cleaned; empty file inputs are ignored.
     *
     * @param jumlahMaks photos allowed in one upload
     * @param ukuranMaks bytes one file may have
     * @param sisiMaks   longest side, in pixels, of a stored photo
     * @param awalanKunci message-key prefix, e.g. {@code pengaduan.galat.foto}
     */
    public static List<Foto> olah(List<MultipartFile> berkas, int jumlahMaks, long ukuranMaks, int sisiMaks,
                                  String awalanKunci) {
        List<MultipartFile> ada = berkas == null ? List.of()
                : berkas.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (ada.size() > jumlahMaks) {
            throw new GalatValidasi("foto", awalanKunci + ".jumlah");
        }
        List<Foto> hasil = new ArrayList<>();
        for (MultipartFile f : ada) {
            if (f.getSize() > ukuranMaks) {
                throw new GalatValidasi("foto", awalanKunci + ".besar");
            }
            try {
                hasil.add(olah(f.getBytes(), sisiMaks, awalanKunci));
            } catch (IOException e) {
                throw new GalatValidasi("foto", awalanKunci + ".rusak");
            }
        }
        return hasil;
    }

    /** One photo's bytes, checked and cleaned. */
    public static Foto olah(byte[] isi, int sisiMaks, String awalanKunci) throws IOException {
        if (!diawali(isi, JPEG) && !diawali(isi, PNG)) {
            throw new GalatValidasi("foto", awalanKunci + ".jenis");
        }
        BufferedImage asli = baca(isi, awalanKunci);
        int orientasi = diawali(isi, JPEG) ? OrientasiExif.baca(isi) : OrientasiExif.NORMAL;
        boolean tegak = orientasi >= 5; // 5-8: the picture is stored turned by a quarter
        double skala = Math.min(1.0, (double) sisiMaks / Math.max(asli.getWidth(), asli.getHeight()));
        int w = Math.max(1, (int) Math.round(asli.getWidth() * skala));
        int h = Math.max(1, (int) Math.round(asli.getHeight() * skala));
        int lebar = tegak ? h : w;
        int tinggi = tegak ? w : h;
        var bersih = new BufferedImage(lebar, tinggi, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = bersih.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE); // transparent PNG areas become white, not black
            g.fillRect(0, 0, lebar, tinggi);
            g.transform(putaran(orientasi, w, h));
            g.drawImage(asli, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return new Foto(tulisJpeg(bersih), lebar, tinggi);
    }

    /** The EXIF orientation as a transform of the (scaled) stored picture, w × h, into the upright one. */
    static AffineTransform putaran(int orientasi, int w, int h) {
        return switch (orientasi) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }

    /** Reads the size from the header first, so a decompression bomb is refused before it is decoded. */
    private static BufferedImage baca(byte[] isi, String awalanKunci) throws IOException {
        try (ImageInputStream masuk = ImageIO.createImageInputStream(new ByteArrayInputStream(isi))) {
            var pembaca = ImageIO.getImageReaders(masuk);
            if (!pembaca.hasNext()) {
                throw new GalatValidasi("foto", awalanKunci + ".rusak");
            }
            ImageReader r = pembaca.next();
            try {
                r.setInput(masuk, true, true);
                long piksel = (long) r.getWidth(0) * r.getHeight(0);
                if (piksel > PIKSEL_MAKS) {
                    throw new GalatValidasi("foto", awalanKunci + ".dimensi");
                }
                return r.read(0);
            } catch (IOException | RuntimeException e) {
                if (e instanceof GalatValidasi g) {
                    throw g;
                }
                throw new GalatValidasi("foto", awalanKunci + ".rusak");
            } finally {
                r.dispose();
            }
        }
    }

    private static byte[] tulisJpeg(BufferedImage gambar) throws IOException {
        var penulis = ImageIO.getImageWritersByFormatName("jpeg").next();
        var keluar = new ByteArrayOutputStream();
        try (var aliran = new MemoryCacheImageOutputStream(keluar)) {
            penulis.setOutput(aliran);
            ImageWriteParam p = penulis.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.82f);
            penulis.write(null, new IIOImage(gambar, null, null), p);
        } finally {
            penulis.dispose();
        }
        return keluar.toByteArray();
    }

    private static boolean diawali(byte[] isi, byte[] awalan) {
        if (isi.length < awalan.length) {
            return false;
        }
        for (int i = 0; i < awalan.length; i++) {
            if (isi[i] != awalan[i]) {
                return false;
            }
        }
        return true;
    }
}
