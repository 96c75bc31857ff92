package id.pelita.sop;

import java.util.List;
import java.util.stream.Collectors;

/** A definition that cannot be stored: malformed YAML or broken rules, each error with where it is. */
public class DefinisiTidakSah extends RuntimeException {

    private final transient List<Galat> galat;

    public DefinisiTidakSah(List<Galat> galat) {
        super(galat.stream().map(Galat::toString).collect(Collectors.joining("; ")));
        this.galat = List.copyOf(galat);
    }

    public List<Galat> galat() {
        return galat;
    }

    /**
     * One error.
     *
     * @param path where, e.g. {@code langkah[3].pelaksana} (list positions count from 1, like step numbers);
     *             empty for the whole text
     * @param pesan what is wrong, in Indonesian
     * @param baris line in the YAML text when the parser knows it, else null
     * @param kolom column in the YAML text when the parser knows it, else null
     */
    public record Galat(String path, String pesan, Integer baris, Integer kolom) {

        public Galat(String path, String pesan) {
            this(path, pesan, null, null);
        }

        @Override
        public String toString() {
            String letak = baris == null ? "" : " (baris " + baris + (kolom == null ? "" : ", kolom " + kolom) + ")";
            return (path.isEmpty() ? "" : path + ": ") + pesan + letak;
        }
    }
}
