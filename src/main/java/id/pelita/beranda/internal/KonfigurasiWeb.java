package id.pelita.beranda.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** Indonesian first; {@code ?lang=en} switches to English and is remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class KonfigurasiWeb implements WebMvcConfigurer {

    static final Locale INDONESIA = Locale.forLanguageTag("id");
    /** Only the languages we have texts for; anything else is ignored. */
    private static final Set<String> BAHASA = Set.of("id", "en");

    private final CookieLocaleResolver resolver = new CookieLocaleResolver("pelita-bahasa");

    KonfigurasiWeb() {
        resolver.setDefaultLocale(INDONESIA);
        resolver.setCookieMaxAge(Duration.ofDays(365));
    }

    @Bean
    LocaleResolver localeResolver() {
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
                String lang = req.getParameter("lang");
                if (lang != null && BAHASA.contains(lang)) {
                    resolver.setLocale(req, res, Locale.forLanguageTag(lang));
                }
                return true;
            }
        });
    }
}
