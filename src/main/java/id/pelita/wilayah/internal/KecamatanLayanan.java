package id.pelita.wilayah.internal;

import id.pelita.wilayah.Wilayah;
import java.util.List;

/** A served kecamatan with its villages (ordered by name). */
record KecamatanLayanan(Wilayah kecamatan, List<Wilayah> desa) {
}
