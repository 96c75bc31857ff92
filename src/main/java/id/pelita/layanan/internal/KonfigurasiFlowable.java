package id.pelita.layanan.internal;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flowable on the embedded H2 database: H2 runs in PostgreSQL mode, where Flowable's own H2 DDL fails
 * (STACK-NOTES pitfall 1); telling Flowable the database is PostgreSQL makes it use DDL H2 accepts in
 * that mode (the URL also needs DATABASE_TO_LOWER=TRUE).
 */
@Configuration(proxyBeanMethods = false)
class KonfigurasiFlowable {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> flowableDiH2ModePostgres(
            @Value("${spring.datasource.url}") String url) {
        return cfg -> {
            if (url.startsWith("jdbc:h2:") && url.toUpperCase().contains("MODE=POSTGRESQL")) {
                cfg.setDatabaseType("postgres");
            }
        };
    }
}
