package id.pelita.akun;

import id.pelita.inti.Peran;

import java.util.List;

/** Who holds a role in a region: for modules that notify people by function (e.g. "the camat of Reteh"). */
public interface DirektoriPengguna {

    /** Active users with {@code peran} whose scope is exactly {@code wilayahKode}, ordered by username. */
    List<PenggunaAktif> aktif(Peran peran, String wilayahKode);

    /** @param email and {@code telepon} may be null */
    record PenggunaAktif(String username, String nama, String email, String telepon) {
    }
}
