package id.pelita.inti.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Turns PostgreSQL's JIT compilation off for Pelita's connections. Our queries are short OLTP lookups, but the
 * planner's cost estimate for Flowable's "assigned to me or in my candidate group" inbox query passes the JIT
 * threshold once there are many open tasks, and compiling it cost 0.8–2 s per request at 100,000 tasks
 * (BENCHMARKS.md). H2 knows no such setting, so it is only set for PostgreSQL URLs.
 */
@Component
class TanpaJitPostgres implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null
                && ds.getJdbcUrl().startsWith("jdbc:postgresql:") && ds.getConnectionInitSql() == null) {
            ds.setConnectionInitSql("set jit = off");
        }
        return bean;
    }
}
