package id.pelita.akun.internal;

import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.Peran;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import id.pelita.inti.PemuatAwal;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;

/**
 * A production start with no users: creates the first administrator from PELITA_ADMIN_USERNAME and
 * PELITA_ADMIN_PASSWORD, or else logs a one-time setup token to be used at /setup.
 */
@Component
@Order(20)
class AdminPertama implements PemuatAwal {

    private static final Logger LOG = LoggerFactory.getLogger(AdminPertama.class);

    private final PenggunaRepository repo;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock jam;
    private final String username;
    private final String sandi;

    AdminPertama(PenggunaRepository repo, PasswordEncoder encoder, JdbcClient jdbc, AuditLog audit, Clock jam,
                 @Value("${pelita.admin.username:}") String username, @Value("${pelita.admin.password:}") String sandi) {
        this.repo = repo;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.audit = audit;
        this.jam = jam;
        this.username = username;
        this.sandi = sandi;
    }

    @Override
    @Transactional
    public void muat() {
        if (repo.jumlah() > 0) {
            return;
        }
        if (!username.isBlank() && !sandi.isBlank()) {
            var masalah = AturanSandi.periksa(sandi, username);
            if (masalah.isPresent()) {
                throw new IllegalStateException("PELITA_ADMIN_PASSWORD ditolak: " + masalah.get()
                        + " (minimal " + AturanSandi.PANJANG_MIN + " karakter, tidak memuat nama pengguna)");
            }
            buatAdmin(username, "Administrator", sandi);
            LOG.info("Administrator pertama '{}' dibuat dari variabel lingkungan", username);
            return;
        }
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        jdbc.sql("delete from setup_token").update();
        jdbc.sql("insert into setup_token (id, token_hash, dibuat_pada) values (1, ?, ?)")
                .params(TokenApiService.hash(token), PenggunaRepository.waktu(jam.instant())).update();
        LOG.warn("Belum ada pengguna. Buka /setup dan masukkan token sekali pakai ini: {}", token);
    }

    long buatAdmin(String user, String nama, String sandiAwal) {
        long id = repo.simpanBaru(new Pengguna(null, user, nama, null, null, encoder.encode(sandiAwal), null, null,
                true, 0, null, null, EnumSet.of(Peran.ADMIN)));
        audit.catatSistem(AksiAudit.BUAT, LayananPengguna.JENIS, String.valueOf(id), null, "Administrator pertama");
        return id;
    }

    /** Checks the one-time token in constant time and consumes it. */
    @Transactional
    boolean pakaiToken(String token) {
        var simpanan = jdbc.sql("select token_hash from setup_token where id = 1").query(String.class).optional();
        if (simpanan.isEmpty() || token == null || repo.jumlah() > 0) {
            return false;
        }
        boolean cocok = MessageDigest.isEqual(simpanan.get().getBytes(), TokenApiService.hash(token.trim()).getBytes());
        if (cocok) {
            jdbc.sql("delete from setup_token").update();
        }
        return cocok;
    }

    boolean perluSetup() {
        return repo.jumlah() == 0;
    }
}
