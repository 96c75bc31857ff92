package id.pelita.inti;

/** A record that does not exist (or that the user may not know exists): a 404 page or problem. */
public class TidakDitemukan extends RuntimeException {

    public TidakDitemukan(String apa) {
        super(apa + " tidak ditemukan");
    }
}
