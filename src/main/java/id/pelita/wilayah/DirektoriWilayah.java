package id.pelita.wilayah;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of the region data. */
public interface DirektoriWilayah {

    Optional<Wilayah> cari(String kode);

    /** Direct children of a region, ordered by name (villages of a kecamatan, say). */
    List<Wilayah> anak(String kode);

    /** The kecamatan this deployment serves ({@code pelita.kecamatan}), in configured order. */
    List<Wilayah> kecamatanLayanan();

    /**
     * True when the region lies in (or contains) a served kecamatan: a served kecamatan itself, one of its
     * villages, or the kabupaten/provinsi above it.
     */
    boolean dilayani(String kode);

    /** Name with its parents for display, e.g. "Desa X, Kec. Reteh, Kabupaten Indragiri Hilir". */
    String namaLengkap(String kode);
}
