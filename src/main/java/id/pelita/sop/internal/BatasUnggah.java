package id.pelita.sop.internal;

import id.pelita.sop.DefinisiTidakSah;
import id.pelita.sop.DefinisiTidakSah.Galat;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What an uploaded or posted definition may be: UTF-8 text of at most 256 KB. */
final class BatasUnggah {

    static final int MAKS_BYTE = 256 * 1024;

    private BatasUnggah() {
    }

    static String teks(byte[] isi) {
        if (isi.length > MAKS_BYTE) {
            throw tolak("berkas terlalu besar (" + (isi.length / 1024) + " KB): maksimal 256 KB");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(isi)).toString();
            if (s.indexOf('\0') >= 0) {
                throw tolak("isi bukan teks YAML (berkas biner)");
            }
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw tolak("isi bukan teks YAML UTF-8 (berkas biner atau pengodean lain)");
        }
    }

    static void namaBerkas(String nama) {
        if (nama != null && !nama.isBlank() && !nama.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(ya?ml|txt)")) {
            throw tolak("berkas \"" + nama + "\" bukan berkas YAML (.yaml atau .yml)");
        }
    }

    private static DefinisiTidakSah tolak(String pesan) {
        return new DefinisiTidakSah(List.of(new Galat("", pesan)));
    }
}
