package id.pelita.inti;

import id.pelita.PelitaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox's database tuning (BENCHMARKS.md, 100,000 open tasks) is in place on whichever database runs. */
@PelitaTest
class BasisDataKotakTugasTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theTaskDeadlineIndexExistsAfterStart() throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getIndexInfo(null, null, "act_ru_task", false, false)) {
            boolean ada = false;
            while (rs.next()) {
                ada |= "pelita_tugas_tenggat_idx".equalsIgnoreCase(rs.getString("INDEX_NAME"));
            }
            assertThat(ada).as("index pelita_tugas_tenggat_idx on act_ru_task").isTrue();
        }
    }

    @Test
    void postgresConnectionsRunWithoutJit() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return; // H2 has no JIT setting
            }
            try (ResultSet rs = c.createStatement().executeQuery("show jit")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("off");
            }
        }
    }
}
