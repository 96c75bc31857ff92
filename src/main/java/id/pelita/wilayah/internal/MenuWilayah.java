package id.pelita.wilayah.internal;

import id.pelita.inti.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MenuWilayah {

    @Bean
    MenuItem menuItemWilayah() {
        return new MenuItem("menu.wilayah", "/wilayah", 80);
    }
}
