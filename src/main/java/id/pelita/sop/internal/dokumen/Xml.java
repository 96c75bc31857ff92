package id.pelita.sop.internal.dokumen;

/** Escaping for text put into the XHTML/SVG documents: SOP texts come from users. */
final class Xml {

    private Xml() {
    }

    /** Text or attribute value with markup characters escaped and characters XML 1.0 forbids dropped. */
    static String teks(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // The PDF renderer parses the page as XML: a stray control character would abort it.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            b.append(c);
                        }
                    }
                }
            }
        }
        return b.toString();
    }
}
