package id.pelita;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs on whichever database the suite uses: H2 by default, PostgreSQL in CI's second pass. */
@PelitaTest
class MigrasiTest {

    @Autowired
    Flyway flyway;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationAppliedAndValid() {
        MigrationInfo[] semua = flyway.info().all();
        assertThat(semua).isNotEmpty();
        assertThat(semua).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        // A second migrate is a no-op: nothing pending.
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }

    @Test
    void coreTablesExist() {
        for (String tabel : List.of("wilayah", "wilayah_rt", "pengguna", "pengguna_peran", "token_api", "audit_log",
                "spring_session", "spring_session_attributes", "event_publication")) {
            assertThat(jdbc.sql("select count(*) from " + tabel).query(Long.class).single())
                    .as(tabel).isNotNull();
        }
    }

    @Test
    void postgresqlRefusesChangesToTheAuditTrail() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assumeTrue(c.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL"),
                    "only PostgreSQL carries the append-only trigger");
        }
        assertThat(Arrays.stream(flyway.info().applied()).map(MigrationInfo::getScript))
                .anyMatch(s -> s.contains("audit_hanya_tambah"));
        jdbc.sql("insert into audit_log (waktu, pelaku, aksi, jenis_data, data_id) values (current_timestamp, 't', 'BACA', 'uji', '1')").update();
        assertThatThrownBy(() -> jdbc.sql("update audit_log set pelaku = 'x' where jenis_data = 'uji'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where jenis_data = 'uji'").update())
                .hasMessageContaining("append-only");
    }
}
