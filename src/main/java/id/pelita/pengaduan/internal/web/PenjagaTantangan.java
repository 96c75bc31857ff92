package id.pelita.pengaduan.internal.web;

import org.altcha.altcha.Altcha;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The form's self-hosted proof-of-work (ALTCHA protocol v1, SHA-256): the page carries a challenge signed
 * with our HMAC key and expiring after {@code umurTantangan}; the browser finds the number that solves it
 * (static/js/lapor.js) and posts the ALTCHA payload. Each solved challenge is accepted once: its challenge
 * hash is stored until it expires.
 */
@Component
class PenjagaTantangan {

    private static final Logger log = LoggerFactory.getLogger(PenjagaTantangan.class);

    /** What the page needs to let the browser solve the challenge. */
    record Tantangan(String algoritma, String tantangan, long maks, String garam, String tanda) {
    }

    private final PengaturanLapor pengaturan;
    private final JdbcClient jdbc;
    private final Clock jam;
    private final String kunci;

    PenjagaTantangan(PengaturanLapor pengaturan, JdbcClient jdbc, Clock jam) {
        this.pengaturan = pengaturan;
        this.jdbc = jdbc;
        this.jam = jam;
        if (pengaturan.rahasiaTantangan().isBlank()) {
            byte[] acak = new byte[32];
            new SecureRandom().nextBytes(acak);
            this.kunci = HexFormat.of().formatHex(acak);
            log.warn("pelita.lapor.rahasia-tantangan tidak diisi: kunci acak dipakai (hanya untuk satu instance)");
        } else {
            this.kunci = pengaturan.rahasiaTantangan();
        }
    }

    Tantangan baru() {
        try {
            var opsi = new Altcha.ChallengeOptions()
                    .setAlgorithm(Altcha.Algorithm.SHA256)
                    .setMaxNumber(pengaturan.kesulitan())
                    .setHmacKey(kunci)
                    .setExpiresInSeconds(pengaturan.umurTantangan().toSeconds());
            Altcha.Challenge c = Altcha.createChallenge(opsi);
            return new Tantangan(c.algorithm, c.challenge, c.maxnumber, c.salt, c.signature);
        } catch (Exception e) {
            throw new IllegalStateException("Tantangan tidak dapat dibuat", e);
        }
    }

    /**
     * True when {@code muatan} (the base64 ALTCHA payload) solves a challenge we signed, has not expired and
     * was never used before; it is then used up.
     */
    boolean lulus(String muatan) {
        if (muatan == null || muatan.isBlank() || muatan.length() > 2000) {
            return false;
        }
        Altcha.Payload p = new Altcha.Payload();
        try {
            var json = new JSONObject(new String(Base64.getDecoder().decode(muatan.strip()), StandardCharsets.UTF_8));
            p.algorithm = json.getString("algorithm");
            p.challenge = json.getString("challenge");
            p.number = json.getLong("number");
            p.salt = json.getString("salt");
            p.signature = json.getString("signature");
            if (!Altcha.verifySolution(p, kunci, true)) {
                return false;
            }
        } catch (Exception e) {
            return false;
        }
        return pakai(p.challenge);
    }

    private boolean pakai(String tantangan) {
        var kini = jam.instant();
        try {
            jdbc.sql("insert into pengaduan_tantangan_terpakai (tanda, kedaluwarsa) values (?, ?)")
                    .params(tantangan, kini.plus(pengaturan.umurTantangan()).atOffset(ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        jdbc.sql("delete from pengaduan_tantangan_terpakai where kedaluwarsa < ?")
                .param(kini.minusSeconds(60).atOffset(ZoneOffset.UTC)).update();
        return true;
    }
}
