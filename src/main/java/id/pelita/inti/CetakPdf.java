package id.pelita.inti;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Printing hand-built XHTML to PDF (reports, letters) with the embedded DejaVu Sans (regular and bold), so
 * Indonesian text and symbols print the same on every server. One place for the renderer's set-up and for
 * escaping user text into the XHTML.
 */
public final class CetakPdf {

    private static final String KELUARGA = "DejaVu Sans";
    private static final byte[] BIASA = huruf("/fonts/DejaVuSans.ttf");
    private static final byte[] TEBAL = huruf("/fonts/DejaVuSans-Bold.ttf");

    private CetakPdf() {
    }

    /** Renders a whole XHTML document; the font family in its CSS should be {@code "DejaVu Sans"}. */
    public static byte[] dariXhtml(String xhtml, String apa) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(() -> new ByteArrayInputStream(BIASA), KELUARGA, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(() -> new ByteArrayInputStream(TEBAL), KELUARGA, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            b.withHtmlContent(xhtml, null);
            b.withProducer("Pelita");
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(apa + " gagal dicetak", e);
        }
        return out.toByteArray();
    }

    /** XML-escaped, without the control characters XML forbids (the renderer parses XHTML); null → "". */
    public static String x(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static byte[] huruf(String path) {
        try (InputStream in = CetakPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Huruf " + path + " tidak ada");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
