package id.pelita.sop.internal.dokumen;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The document font (DejaVu Sans, shipped in {@code /fonts}): its bytes for the PDF renderer, and text
 * measurement so the flowchart rows can be made as tall as their text (the SVG of a row has a fixed height;
 * a row taller than its SVG would leave a gap in the connectors).
 */
final class HurufDokumen {

    static final String KELUARGA = "DejaVu Sans";

    private static final byte[] BIASA = baca("/fonts/DejaVuSans.ttf");
    private static final byte[] TEBAL = baca("/fonts/DejaVuSans-Bold.ttf");
    private static final Font AWT_BIASA = buat(BIASA);
    private static final Font AWT_TEBAL = buat(TEBAL);
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    static {
        // Batik draws SVG text with AWT fonts: make the family known even where the OS has no DejaVu.
        try {
            GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
            ge.registerFont(AWT_BIASA);
            ge.registerFont(AWT_TEBAL);
        } catch (RuntimeException | Error e) {
            // Without AWT font registration SVG labels fall back to a default sans font; nothing else changes.
        }
    }

    private HurufDokumen() {
    }

    static InputStream biasa() {
        return new ByteArrayInputStream(BIASA);
    }

    static InputStream tebal() {
        return new ByteArrayInputStream(TEBAL);
    }

    static double lebar(String teks, double ukuranPx, boolean tebal) {
        Font f = (tebal ? AWT_TEBAL : AWT_BIASA).deriveFont((float) ukuranPx);
        return f.getStringBounds(teks, FRC).getWidth();
    }

    /** Lines the text takes in a box {@code lebarPx} wide, wrapping at spaces like the renderer (greedy). */
    static List<String> bungkus(String teks, double lebarPx, double ukuranPx, boolean tebal) {
        List<String> baris = new ArrayList<>();
        if (teks == null || teks.isBlank()) {
            return baris;
        }
        for (String paragraf : teks.split("\\R")) {
            StringBuilder b = new StringBuilder();
            for (String kata : paragraf.trim().split("\\s+")) {
                if (kata.isEmpty()) {
                    continue;
                }
                String coba = b.isEmpty() ? kata : b + " " + kata;
                if (lebar(coba, ukuranPx, tebal) <= lebarPx) {
                    b.setLength(0);
                    b.append(coba);
                    continue;
                }
                if (!b.isEmpty()) {
                    baris.add(b.toString());
                    b.setLength(0);
                }
                // A word wider than the box is broken anywhere (CSS overflow-wrap: break-word).
                String sisa = kata;
                while (lebar(sisa, ukuranPx, tebal) > lebarPx && sisa.length() > 1) {
                    int n = sisa.length() - 1;
                    while (n > 1 && lebar(sisa.substring(0, n), ukuranPx, tebal) > lebarPx) {
                        n--;
                    }
                    baris.add(sisa.substring(0, n));
                    sisa = sisa.substring(n);
                }
                b.append(sisa);
            }
            if (!b.isEmpty()) {
                baris.add(b.toString());
            }
        }
        return baris;
    }

    private static byte[] baca(String path) {
        try (InputStream in = HurufDokumen.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Huruf tidak ada di classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font buat(byte[] ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Huruf dokumen rusak", e);
        }
    }
}
