package id.pelita.akun.internal;

import id.pelita.akun.PenggunaSaatIni;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens for API clients. The token is random (256 bits) and shown once; only its SHA-256 is
 * stored, so a database leak does not leak usable tokens.
 */
@Service
class TokenApiService implements id.pelita.akun.TokenApi {

    static final String AWALAN = "plt_";
    private static final SecureRandom ACAK = new SecureRandom();

    private final JdbcClient jdbc;
    private final PenggunaRepository pengguna;
    private final Clock jam;

    TokenApiService(JdbcClient jdbc, PenggunaRepository pengguna, Clock jam) {
        this.jdbc = jdbc;
        this.pengguna = pengguna;
        this.jam = jam;
    }

    record TokenBaru(long id, String token) {
    }

    record InfoToken(long id, String nama, Instant dibuatPada, Instant kedaluwarsa, Instant terakhirPakai) {
    }

    TokenBaru buat(long penggunaId, String nama, Duration masaBerlaku) {
        byte[] b = new byte[32];
        ACAK.nextBytes(b);
        String token = AWALAN + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        Instant sekarang = jam.instant();
        var kunci = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into token_api (pengguna_id, nama, token_hash, dibuat_pada, kedaluwarsa, dicabut) values (?,?,?,?,?,false)")
                .params(penggunaId, nama, hash(token), PenggunaRepository.waktu(sekarang),
                        masaBerlaku == null ? null : PenggunaRepository.waktu(sekarang.plus(masaBerlaku)))
                .update(kunci, "id");
        return new TokenBaru(kunci.getKey().longValue(), token);
    }

    List<InfoToken> milik(long penggunaId) {
        return jdbc.sql("select id, nama, dibuat_pada, kedaluwarsa, terakhir_pakai from token_api "
                        + "where pengguna_id = ? and dicabut = false order by id")
                .param(penggunaId)
                .query((rs, n) -> new InfoToken(rs.getLong(1), rs.getString(2), PenggunaRepository.instan(rs, "dibuat_pada"),
                        PenggunaRepository.instan(rs, "kedaluwarsa"), PenggunaRepository.instan(rs, "terakhir_pakai")))
                .list();
    }

    boolean cabut(long penggunaId, long tokenId) {
        return jdbc.sql("update token_api set dicabut = true where id = ? and pengguna_id = ?")
                .params(tokenId, penggunaId).update() > 0;
    }

    /** The active user behind a token, if the token is known, not revoked, not expired and the user is active. */
    Optional<PenggunaSaatIni> autentikasi(String token) {
        Instant sekarang = jam.instant();
        Optional<Long> penggunaId = jdbc.sql("select pengguna_id from token_api where token_hash = ? and dicabut = false "
                        + "and (kedaluwarsa is null or kedaluwarsa > ?)")
                .params(hash(token), PenggunaRepository.waktu(sekarang)).query(Long.class).optional();
        if (penggunaId.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("update token_api set terakhir_pakai = ? where token_hash = ?")
                .params(OffsetDateTime.ofInstant(sekarang, java.time.ZoneOffset.UTC), hash(token)).update();
        return pengguna.cari(penggunaId.get())
                .filter(p -> p.aktif() && !p.terkunci(sekarang))
                .map(Pengguna::sebagaiSaatIni);
    }

    @Override
    public Optional<Pemilik> periksa(String token) {
        if (token == null || !token.startsWith(AWALAN)) {
            return Optional.empty();
        }
        return autentikasi(token).flatMap(p -> jdbc.sql("select id from token_api where token_hash = ?")
                .param(hash(token)).query(Long.class).optional().map(id -> new Pemilik(id, p)));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
