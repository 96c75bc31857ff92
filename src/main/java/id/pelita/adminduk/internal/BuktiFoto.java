package id.pelita.adminduk.internal;

import id.pelita.inti.GalatValidasi;

import java.util.Arrays;

/**
 * A photo proving a handover: JPEG or PNG recognised by its first bytes (the file name and the browser's stated
 * type are not trusted), at most {@link #MAKS_BYTE}. Two signatures do not justify a detection library.
 */
final class BuktiFoto {

    static final int MAKS_BYTE = 2 * 1024 * 1024;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private BuktiFoto() {
    }

    /** The media type of the photo; throws {@link GalatValidasi} (field {@code foto}) when empty, too big or not an image. */
    static String jenis(byte[] isi) {
        if (isi == null || isi.length == 0) {
            throw new GalatValidasi("foto", "jemputbola.foto.kosong");
        }
        if (isi.length > MAKS_BYTE) {
            throw new GalatValidasi("foto", "jemputbola.foto.besar");
        }
        if (awalan(isi, JPEG)) {
            return "image/jpeg";
        }
        if (awalan(isi, PNG)) {
            return "image/png";
        }
        throw new GalatValidasi("foto", "jemputbola.foto.jenis");
    }

    private static boolean awalan(byte[] isi, byte[] tanda) {
        return isi.length >= tanda.length && Arrays.equals(isi, 0, tanda.length, tanda, 0, tanda.length);
    }
}
