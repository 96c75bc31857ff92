package id.pelita.layanan.internal;

import id.pelita.inti.PemuatAwal;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inbox lists tasks nearest deadline first. Flowable ships no index on the due date, so at 100,000 open
 * tasks the page query sorted the whole table (~650 ms; with the index under 5 ms, BENCHMARKS.md). Flowable
 * creates its tables after Flyway has run, so a Flyway migration cannot index them on a first start: the
 * index is made here, after the engine is up, and only once.
 */
@Component
@Order(90)
class IndeksKotakTugas implements PemuatAwal {

    private final JdbcClient jdbc;

    IndeksKotakTugas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void muat() {
        jdbc.sql("create index if not exists pelita_tugas_tenggat_idx on act_ru_task (due_date_, create_time_)").update();
    }
}
