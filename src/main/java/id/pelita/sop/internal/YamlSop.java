package id.pelita.sop.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.DefinisiTidakSah;
import id.pelita.sop.DefinisiTidakSah.Galat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes SOP definition files. Field names are the record component names, dates ISO
 * ({@code 2024-01-15}). Errors of the text come back in Indonesian with the path and, where the parser knows
 * them, line and column.
 */
@Component
class YamlSop {

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A missing number (e.g. versi in a revision) is 0 and reported by the validator, not the parser.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    DefinisiSop baca(String teks) {
        if (teks == null || teks.isBlank()) {
            throw new DefinisiTidakSah(List.of(new Galat("", "isi YAML kosong")));
        }
        try {
            DefinisiSop d = mapper.readValue(teks, DefinisiSop.class);
            if (d == null) {
                throw new DefinisiTidakSah(List.of(new Galat("", "isi YAML kosong")));
            }
            return normal(d);
        } catch (JacksonException e) {
            throw new DefinisiTidakSah(List.of(galat(e, teks)));
        }
    }

    String tulis(DefinisiSop d) {
        return mapper.writeValueAsString(d);
    }

    static String checksum(String teks) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(teks.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Absent lists become empty lists, so a definition equals itself after export and import. */
    static DefinisiSop normal(DefinisiSop d) {
        List<DefinisiSop.Langkah> langkah = d.langkah() == null ? List.of() : d.langkah().stream()
                .map(l -> l == null || l.kelengkapan() != null ? l
                        : new DefinisiSop.Langkah(l.no(), l.kegiatan(), l.pelaksana(), List.of(), l.waktu(),
                                l.output(), l.keterangan(), l.keputusan()))
                .toList();
        return new DefinisiSop(d.kode(), d.versi(), d.nama(), d.nomor(), d.kantor(), d.unit(), daftar(d.kecamatan()),
                d.tanggalPembuatan(), d.tanggalRevisi(), d.tanggalEfektif(), d.disahkanOleh(), daftar(d.dasarHukum()),
                daftar(d.kualifikasiPelaksana()), daftar(d.keterkaitan()), daftar(d.peralatan()), d.peringatan(),
                daftar(d.pencatatan()), daftar(d.pelaksana()), langkah, d.register(), d.sumber());
    }

    static DefinisiSop denganVersi(DefinisiSop d, int versi) {
        return new DefinisiSop(d.kode(), versi, d.nama(), d.nomor(), d.kantor(), d.unit(), d.kecamatan(),
                d.tanggalPembuatan(), d.tanggalRevisi(), d.tanggalEfektif(), d.disahkanOleh(), d.dasarHukum(),
                d.kualifikasiPelaksana(), d.keterkaitan(), d.peralatan(), d.peringatan(), d.pencatatan(),
                d.pelaksana(), d.langkah(), d.register(), d.sumber());
    }

    private static <T> List<T> daftar(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static Galat galat(JacksonException e, String teks) {
        TokenStreamLocation loc = e.getLocation();
        Integer baris = loc == null || loc.getLineNr() < 1 ? null : loc.getLineNr();
        Integer kolom = loc == null || loc.getColumnNr() < 1 ? null : loc.getColumnNr();
        if (e instanceof UnrecognizedPropertyException u) {
            // Records are built after all their fields are read, so Jackson reports the end of the mapping;
            // the first line naming the unknown field is where the user has to look.
            int[] letak = letakKunci(teks, u.getPropertyName());
            if (letak != null) {
                baris = letak[0];
                kolom = letak[1];
            }
        }
        return new Galat(path(e), pesan(e), baris, kolom);
    }

    private static int[] letakKunci(String teks, String kunci) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(^|[\\s{,-])" + java.util.regex.Pattern.quote(kunci)
                + "\\s*:");
        List<String> baris = teks.lines().toList();
        for (int i = 0; i < baris.size(); i++) {
            java.util.regex.Matcher m = p.matcher(baris.get(i));
            if (m.find()) {
                return new int[] {i + 1, m.start() + m.group(1).length() + 1};
            }
        }
        return null;
    }

    private static String pesan(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "bidang \"" + u.getPropertyName() + "\" tidak dikenal";
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> t = f.getTargetType();
            if (t != null && t.isEnum()) {
                return "nilai \"" + f.getValue() + "\" tidak dikenal (pilihan: " + Arrays.stream(t.getEnumConstants())
                        .map(String::valueOf).collect(Collectors.joining(", ")) + ")";
            }
            if (t == LocalDate.class) {
                return "tanggal \"" + f.getValue() + "\" tidak sah (format YYYY-MM-DD, mis. 2024-01-15)";
            }
            return "nilai \"" + f.getValue() + "\" tidak sesuai jenis " + jenis(t);
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> t = m.getTargetType();
            if (t == LocalDate.class) {
                return "tanggal tidak sah (format YYYY-MM-DD, mis. 2024-01-15)";
            }
            return "jenis nilai salah: diharapkan " + jenis(t);
        }
        if (e instanceof StreamReadException) {
            return "YAML tidak sah: " + ringkas(e.getOriginalMessage());
        }
        return "tidak dapat dibaca: " + ringkas(e.getOriginalMessage());
    }

    private static String jenis(Class<?> t) {
        if (t == null) {
            return "lain";
        }
        if (List.class.isAssignableFrom(t)) {
            return "daftar (- ...)";
        }
        if (t == String.class) {
            return "teks";
        }
        if (t == int.class || t == Integer.class) {
            return "bilangan bulat";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true/false";
        }
        if (t.isRecord()) {
            return "objek (bidang: nilai)";
        }
        return t.getSimpleName();
    }

    private static String ringkas(String s) {
        if (s == null) {
            return "";
        }
        String satu = s.lines().findFirst().orElse("").strip();
        return satu.length() > 200 ? satu.substring(0, 200) + "…" : satu;
    }

    /** Like {@code langkah[3].pelaksana}; positions count from 1 as in the validator. */
    static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex() + 1).append(']');
            }
        }
        return sb.toString();
    }
}
