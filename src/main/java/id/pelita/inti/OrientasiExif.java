package id.pelita.inti;

/**
 * Reads the EXIF orientation of a JPEG (tag 0x0112 in IFD0). Phones store a portrait photo as a landscape
 * picture plus this tag; since the server drops all metadata, it must turn the picture itself first.
 */
public final class OrientasiExif {

    /** No rotation needed (also for PNG, missing or unreadable EXIF). */
    public static final int NORMAL = 1;

    private OrientasiExif() {
    }

    public static int baca(byte[] jpeg) {
        try {
            int i = 2; // after SOI
            while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
                int penanda = jpeg[i + 1] & 0xFF;
                int panjang = u16(jpeg, i + 2, true);
                if (penanda == 0xDA || penanda == 0xD9) {
                    return NORMAL; // image data begins: no EXIF before it
                }
                if (penanda == 0xE1 && panjang >= 8 && i + 10 <= jpeg.length
                        && new String(jpeg, i + 4, 6, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                    return dariTiff(jpeg, i + 10, Math.min(jpeg.length, i + 2 + panjang));
                }
                i += 2 + panjang;
            }
        } catch (RuntimeException e) {
            // a malformed segment: treat as not rotated
        }
        return NORMAL;
    }

    private static int dariTiff(byte[] b, int awal, int akhir) {
        boolean besarDulu = b[awal] == 'M';
        int ifd = awal + (int) u32(b, awal + 4, besarDulu);
        int jumlah = u16(b, ifd, besarDulu);
        for (int k = 0; k < jumlah; k++) {
            int entri = ifd + 2 + 12 * k;
            if (entri + 12 > akhir) {
                break;
            }
            if (u16(b, entri, besarDulu) == 0x0112) {
                int nilai = u16(b, entri + 8, besarDulu);
                return nilai >= 1 && nilai <= 8 ? nilai : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int u16(byte[] b, int i, boolean besarDulu) {
        return besarDulu ? ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF) : ((b[i + 1] & 0xFF) << 8) | (b[i] & 0xFF);
    }

    private static long u32(byte[] b, int i, boolean besarDulu) {
        return besarDulu ? ((long) u16(b, i, true) << 16) | u16(b, i + 2, true)
                : ((long) u16(b, i + 2, false) << 16) | u16(b, i, false);
    }
}
