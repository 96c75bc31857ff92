package id.pelita.pengaduan.internal.open311;

import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two GeoReport v2 formats, written from one neutral tree (maps, lists, strings, numbers, booleans). JSON is
 * the "Spark convention" mapping of the XML: the XML's list element ({@code <services>}) becomes the JSON array
 * and its repeated child ({@code <service>}) the array's objects. Escaping is the libraries' job: Jackson for
 * JSON, the JDK's StAX writer for XML (text is written as character data, never as markup).
 */
enum Format311 {
    JSON(new MediaType("application", "json", StandardCharsets.UTF_8)),
    XML(new MediaType("text", "xml", StandardCharsets.UTF_8));

    /** A list element's name → its repeated child's name, as the spec's XML examples write them. */
    private static final Map<String, String> ANAK = Map.of(
            "services", "service", "service_requests", "request", "errors", "error", "endpoints", "endpoint",
            "formats", "format", "attributes", "attribute", "values", "value");
    private static final JsonMapper JSON_MAPPER = JsonMapper.builder(
            tools.jackson.core.json.JsonFactory.builder().characterEscapes(new AmanHtml()).build()).build();
    private static final XMLOutputFactory XML_FACTORY = XMLOutputFactory.newDefaultFactory();

    final MediaType jenis;

    /**
     * Defence in depth for clients that paste the JSON into a page: {@code < > & '} leave as {@code \\u003C}
     * etc., so a description cannot close a script element even where it is embedded unescaped.
     */
    private static final class AmanHtml extends tools.jackson.core.io.CharacterEscapes {
        private final int[] kode;

        AmanHtml() {
            kode = standardAsciiEscapesForJSON();
            for (char c : new char[]{'<', '>', '&', '\''}) {
                kode[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return kode;
        }

        @Override
        public tools.jackson.core.SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    Format311(MediaType jenis) {
        this.jenis = jenis;
    }

    static Optional<Format311> dari(String akhiran) {
        return switch (akhiran == null ? "" : akhiran.toLowerCase(Locale.ROOT)) {
            case "json" -> Optional.of(JSON);
            case "xml" -> Optional.of(XML);
            default -> Optional.empty();
        };
    }

    /**
     * Writes a document. {@code akar} is the XML root element; {@code isi} is either a list (the root is then a
     * list element, e.g. {@code services}) or a map (the root is one object, e.g. {@code service_definition}).
     */
    byte[] tulis(String akar, Object isi) {
        return this == JSON ? JSON_MAPPER.writeValueAsBytes(isi) : xml(akar, isi);
    }

    private static byte[] xml(String akar, Object isi) {
        var keluar = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XML_FACTORY.createXMLStreamWriter(keluar, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            elemen(w, akar, isi);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return keluar.toByteArray();
    }

    private static void elemen(XMLStreamWriter w, String nama, Object nilai) throws XMLStreamException {
        if (nilai == null) {
            return;
        }
        w.writeStartElement(nama);
        if (nilai instanceof Map<?, ?> m) {
            for (var e : m.entrySet()) {
                elemen(w, (String) e.getKey(), e.getValue());
            }
        } else if (nilai instanceof List<?> daftar) {
            String anak = ANAK.get(nama);
            if (anak == null) {
                throw new IllegalArgumentException("Tidak ada nama elemen anak untuk " + nama);
            }
            for (Object o : daftar) {
                elemen(w, anak, o);
            }
        } else {
            w.writeCharacters(teksXml(String.valueOf(nilai)));
        }
        w.writeEndElement();
    }

    /**
     * XML 1.0 cannot carry most control characters even escaped; they are dropped (a JSON answer keeps them,
     * escaped). Unpaired surrogates are dropped too.
     */
    static String teksXml(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean sah;
            if (Character.isHighSurrogate(c)) {
                sah = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (sah) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                sah = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!sah && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (sah && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
