package id.pelita.inti;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a business rule. Each entry maps a field (or "" for the whole input) to a message
 * key; pages show the messages next to the fields, the API answers 400 with them as a problem document.
 */
public class GalatValidasi extends RuntimeException {

    private final Map<String, String> galat;

    public GalatValidasi(Map<String, String> galat) {
        super(galat.toString());
        this.galat = Map.copyOf(galat);
    }

    public GalatValidasi(String field, String kunciPesan) {
        this(Map.of(field, kunciPesan));
    }

    public Map<String, String> galat() {
        return galat;
    }

    /** Collects several rule breaks before throwing once. */
    public static final class Kumpulan {
        private final Map<String, String> galat = new LinkedHashMap<>();

        public Kumpulan tambah(String field, String kunciPesan) {
            galat.putIfAbsent(field, kunciPesan);
            return this;
        }

        public void lemparJikaAda() {
            if (!galat.isEmpty()) {
                throw new GalatValidasi(galat);
            }
        }
    }
}
