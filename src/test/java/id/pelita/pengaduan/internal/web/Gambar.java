package id.pelita.pengaduan.internal.web;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Test pictures made on the spot. */
final class Gambar {

    /** Marker text put in the EXIF block: it must not survive the server's re-encoding. */
    static final String PENANDA_EXIF = "GPS-RUMAH-PELAPOR";

    private Gambar() {
    }

    static byte[] dalamFormat(String format, int lebar, int tinggi) {
        var g = new BufferedImage(lebar, tinggi, BufferedImage.TYPE_INT_RGB);
        var gr = g.createGraphics();
        gr.setColor(new Color(200, 60, 30));
        gr.fillRect(0, 0, lebar, tinggi);
        gr.setColor(Color.WHITE);
        gr.fillOval(lebar / 4, tinggi / 4, lebar / 2, tinggi / 2);
        gr.dispose();
        var keluar = new ByteArrayOutputStream();
        try {
            ImageIO.write(g, format, keluar);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return keluar.toByteArray();
    }

    /**
     * A JPEG as a phone writes it: right after the start-of-image marker an APP1 "Exif" segment (a TIFF header
     * with one ASCII entry carrying {@link #PENANDA_EXIF}).
     */
    static byte[] jpegDenganExif(int lebar, int tinggi) {
        return denganExif(dalamFormat("jpeg", lebar, tinggi), 1);
    }

    /** Puts an EXIF block with {@link #PENANDA_EXIF} and the given orientation tag into a JPEG. */
    static byte[] denganExif(byte[] jpeg, int orientasi) {
        byte[] teks = (PENANDA_EXIF + "\0").getBytes(StandardCharsets.US_ASCII);
        var tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}); // big-endian TIFF, first IFD at 8
        tiff.writeBytes(new byte[] {0, 2}); // two entries, by tag number
        // tag 0x010E ImageDescription, type 2 ASCII, count, offset 38 (8 + 2 + 2 * 12 + 4)
        tiff.writeBytes(new byte[] {0x01, 0x0E, 0, 2, 0, 0, 0, (byte) teks.length, 0, 0, 0, 38});
        // tag 0x0112 Orientation, type 3 SHORT, count 1, value in the first two bytes
        tiff.writeBytes(new byte[] {0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientasi, 0, 0});
        tiff.writeBytes(new byte[] {0, 0, 0, 0}); // no next IFD
        tiff.writeBytes(teks);
        byte[] isi = tiff.toByteArray();
        int panjang = 2 + 6 + isi.length;
        var hasil = new ByteArrayOutputStream();
        hasil.write(0xFF);
        hasil.write(0xD8);
        hasil.write(0xFF);
        hasil.write(0xE1);
        hasil.write(panjang >> 8);
        hasil.write(panjang & 0xFF);
        hasil.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        hasil.writeBytes(isi);
        hasil.write(jpeg, 2, jpeg.length - 2);
        return hasil.toByteArray();
    }

    static boolean mengandung(byte[] isi, String teks) {
        return new String(isi, StandardCharsets.ISO_8859_1).contains(teks);
    }
}
