package id.pelita.akun;

import java.util.Optional;

/**
 * Personal API tokens ({@code plt_…}) as other modules may check them, for APIs whose standard carries the
 * key as a parameter rather than an {@code Authorization} header (Open311's {@code api_key}). A token counts
 * while it is known, not revoked, not expired and its user is active and not locked; checking it records its
 * last use, like a bearer call does.
 */
public interface TokenApi {

    Optional<Pemilik> periksa(String token);

    /** The token's id (to find and revoke it) and its user. */
    record Pemilik(long tokenId, PenggunaSaatIni pengguna) {
    }
}
