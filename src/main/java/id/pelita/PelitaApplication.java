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

    static {
        // fastexcel-reader ships aalto-xml, which registers itself as the JVM's StAX parser and breaks Flowable's
        // BPMN parsing; keep the JDK's own (fastexcel-reader instantiates aalto directly and is unaffected).
        if (System.getProperty("javax.xml.stream.XMLInputFactory") == null) {
            System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(PelitaApplication.class, args);
    }
}
