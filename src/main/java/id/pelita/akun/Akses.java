package id.pelita.akun;

import java.util.Optional;

/**
 * Access questions modules ask. Region rules: a user reaches a region when it lies inside the user's
 * scope and inside a kecamatan this deployment serves; a user without a scope (national admin) reaches
 * every served region.
 */
public interface Akses {

    Optional<PenggunaSaatIni> saatIni();

    /** The signed-in user; throws when nobody is signed in. */
    PenggunaSaatIni wajibMasuk();

    boolean bolehWilayah(String kodeWilayah);

    /** Throws {@link org.springframework.security.access.AccessDeniedException} when the region is out of reach. */
    void pastikanWilayah(String kodeWilayah);

    /** Whether the current user may call this method and path, by the access rules (used for menus). */
    boolean bolehMembuka(String metode, String path);
}
