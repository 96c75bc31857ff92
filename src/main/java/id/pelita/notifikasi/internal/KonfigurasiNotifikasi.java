package id.pelita.notifikasi.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class KonfigurasiNotifikasi {

    @Bean
    PengirimWhatsApp pengirimWhatsApp(PengaturanWhatsApp p, RestClient.Builder builder, JendelaPercakapan jendela) {
        return new PengirimWhatsApp(p, builder, jendela);
    }

    /** Spring Boot creates a mail sender only when {@code spring.mail.host} is set. */
    @Bean
    PengirimEmail pengirimEmail(ObjectProvider<JavaMailSender> mail, @Value("${pelita.mail.dari:}") String dari) {
        return new PengirimEmail(mail.getIfAvailable(), dari);
    }

    @Bean
    PengirimOutbox pengirimOutbox(RepositoriNotifikasi repo, List<PengirimSaluran> pengirim, PengaturanNotifikasi p,
                                  Clock jam, @Value("${pelita.notifikasi.nama-instans:${HOSTNAME:pelita}}") String nama) {
        return new PengirimOutbox(repo, pengirim, p, jam, nama);
    }
}
