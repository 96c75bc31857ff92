package id.pelita.akun;

import id.pelita.inti.Peran;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user as other modules see it. Kept in the HTTP session (stored in the database), hence
 * serialisable and free of secrets.
 *
 * @param wilayahKode region scope (kabupaten, kecamatan or desa code); null for a national administrator
 * @param seksi the section of a KASI, otherwise null
 */
public record PenggunaSaatIni(long id, String username, String nama, Set<Peran> peran, String wilayahKode,
                              String seksi) implements Serializable {

    public boolean punya(Peran p) {
        return peran.contains(p);
    }
}
