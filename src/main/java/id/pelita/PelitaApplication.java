package id.pelita;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Pelita: Pelayanan Inovasi Terpadu Kecamatan (integrated service innovations of a sub-district office). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Pelita", sharedModules = "inti")
public class PelitaApplication {

    public static void main(String[] args) {
        SpringApplication.run(PelitaApplication.class, args);
    }
}
