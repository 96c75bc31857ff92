package id.pelita.akun.internal;

import id.pelita.inti.AturanAkses;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Comparator;
import java.util.List;

/**
 * The one place where access to pages and API is enforced. Every module declares {@link AturanAkses}
 * beans; they are applied in order. A request that reaches a controller no rule names is denied, so a new
 * endpoint is closed until someone decides who may use it.
 */
@Configuration(proxyBeanMethods = false)
class KonfigurasiKeamanan {

    static final RequestMatcher API = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));

    /** The token filter runs inside the security chain only, not a second time as a plain servlet filter. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<TokenApiFilter> tokenApiTidakGanda(TokenApiFilter f) {
        var r = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(f);
        r.setEnabled(false);
        return r;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain rantaiKeamanan(HttpSecurity http, List<AturanAkses.Daftar> daftar, TokenApiFilter tokenApi,
                                       MasalahKeamanan masalah,
                                       @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping pemetaan)
            throws Exception {
        List<AturanAkses> aturan = daftar.stream()
                .sorted(Comparator.comparingInt(AturanAkses.Daftar::urutan))
                .flatMap(d -> d.aturan().stream())
                .toList();
        http.authorizeHttpRequests(a -> {
            // Error pages and forwards carry the original request's decision (STACK-NOTES pitfall 3).
            a.requestMatchers(KonfigurasiKeamanan::galatAtauForward).permitAll();
            a.requestMatchers("/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll();
            a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
            a.requestMatchers("/actuator/**").hasRole("ADMIN");
            a.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").authenticated();
            aturan.forEach(r -> terapkan(a, r));
            a.anyRequest().access(tolakEndpointTanpaAturan(pemetaan));
        });
        http.formLogin(f -> f.loginPage("/masuk").loginProcessingUrl("/masuk")
                .defaultSuccessUrl("/beranda", false).failureUrl("/masuk?galat"));
        http.logout(l -> l.logoutUrl("/keluar").logoutSuccessUrl("/masuk?keluar"));
        http.csrf(c -> c.ignoringRequestMatchers(TokenApiFilter::membawaToken, PathPatternRequestMatcher.withDefaults().matcher("/webhook/**"),
                // Open311 GeoReport v2: apps POST form-encoded requests authenticated by their api_key, no session
                PathPatternRequestMatcher.withDefaults().matcher("/open311/**")));
        http.addFilterBefore(tokenApi, UsernamePasswordAuthenticationFilter.class);
        http.exceptionHandling(e -> e
                .defaultAuthenticationEntryPointFor(masalah, API)
                .defaultAccessDeniedHandlerFor(masalah, API));
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob: "
                        + "https://tile.openstreetmap.org https://*.tile.openstreetmap.org; style-src 'self' 'unsafe-inline'; "
                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                .referrerPolicy(r -> r.policy(org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                        .ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Error and forward dispatches. The menu asks the rules with a synthetic request that has no dispatcher
     * type (it throws), which counts as a plain request.
     */
    static boolean galatAtauForward(jakarta.servlet.http.HttpServletRequest req) {
        try {
            DispatcherType t = req.getDispatcherType();
            return t == DispatcherType.ERROR || t == DispatcherType.FORWARD;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static void terapkan(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a,
                                 AturanAkses r) {
        var cocok = r.metode() == null ? a.requestMatchers(r.pola())
                : a.requestMatchers(HttpMethod.valueOf(r.metode()), r.pola());
        if (r.publik()) {
            cocok.permitAll();
        } else if (r.semuaPengguna()) {
            cocok.authenticated();
        } else {
            cocok.hasAnyRole(r.peran().stream().map(Enum::name).toArray(String[]::new));
        }
    }

    /**
     * Unknown addresses stay reachable for signed-in users so they get a friendly 404; an address that maps
     * to a controller without an access rule is refused.
     */
    private static AuthorizationManager<RequestAuthorizationContext> tolakEndpointTanpaAturan(
            RequestMappingHandlerMapping pemetaan) {
        return (auth, konteks) -> {
            var a = auth.get();
            if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) {
                return new AuthorizationDecision(false);
            }
            try {
                HandlerExecutionChain rantai = pemetaan.getHandler(konteks.getRequest());
                return new AuthorizationDecision(rantai == null);
            } catch (Exception e) {
                return new AuthorizationDecision(false);
            }
        };
    }
}
