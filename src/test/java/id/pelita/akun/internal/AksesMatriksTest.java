package id.pelita.akun.internal;

import id.pelita.PelitaTest;
import id.pelita.inti.Peran;
import id.pelita.wilayah.KodeWilayah;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The role × region authorisation matrix, generated from {@code akses/matriks.txt} and from the
 * application's own list of endpoints: every endpoint × anonymous and every role, and for region
 * parameters a region inside and outside the user's scope.
 */
@PelitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AksesMatriksTest {

    /** One demo user per role (see DataDemoAkun); all of Reteh (14.04.01) or inside it, or above it. */
    static final Map<Peran, String> PERSONA = new LinkedHashMap<>();

    static {
        PERSONA.put(Peran.ADMIN, "admin");
        PERSONA.put(Peran.CAMAT, "camat.reteh");
        PERSONA.put(Peran.SEKCAM, "sekcam.reteh");
        PERSONA.put(Peran.KASI, "kasi.reteh");
        PERSONA.put(Peran.STAF, "staf.reteh");
        PERSONA.put(Peran.OPERATOR_DESA, "operator.sungaiterap");
        PERSONA.put(Peran.KADER_POSYANDU, "kader.sungaiterap");
        PERSONA.put(Peran.TP_PKK, "pkk.reteh");
        PERSONA.put(Peran.TIM_KABUPATEN, "tim.inhil");
        PERSONA.put(Peran.TKSK, "tksk.trawas");
    }

    /** Regions tried for a region parameter: the operator's own village, its neighbour, another kabupaten. */
    static final List<String> WILAYAH_UJI = List.of("14.04.01.2004", "14.04.01.2020", "35.16.04.2001");

    record Baris(String metode, String path, Set<Peran> peran, boolean publik, boolean semua, String paramWilayah) {
        boolean boleh(Peran p) {
            return publik || semua || peran.contains(p);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    PenggunaDetailService detail;
    @Autowired
    PenggunaRepository repo;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping pemetaan;

    List<Baris> matriks;
    long targetId;

    @BeforeAll
    void siapkan() throws IOException {
        matriks = baca();
        // A user the matrix may poke at (deactivate, edit) without disturbing other tests.
        targetId = repo.cariUsername("matriks.target").map(Pengguna::id).orElseGet(() -> repo.simpanBaru(
                new Pengguna(null, "matriks.target", "Target Matriks", null, null, encoder.encode("target-matriks-1"),
                        "14.04.01", null, true, 0, null, null, EnumSet.of(Peran.STAF))));
    }

    @Test
    void everyEndpointOfTheApplicationIsInTheMatrix() {
        Set<String> aplikasi = new TreeSet<>();
        pemetaan.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("id.pelita")) {
                return;
            }
            for (String pola : info.getPatternValues()) {
                if (pola.equals("/error")) {
                    continue;
                }
                var metode = info.getMethodsCondition().getMethods();
                assertThat(metode).as("endpoint %s must name its HTTP method", pola).isNotEmpty();
                metode.forEach(m -> aplikasi.add(m.name() + " " + pola));
            }
        });
        Set<String> diMatriks = new TreeSet<>();
        matriks.stream().filter(b -> !b.path().startsWith("/actuator") && !b.path().startsWith("/v3/"))
                .forEach(b -> diMatriks.add(b.metode() + " " + b.path()));
        assertThat(diMatriks).as("akses/matriks.txt must list exactly the application's endpoints")
                .containsExactlyInAnyOrderElementsOf(aplikasi);
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        List<DynamicTest> uji = new ArrayList<>();
        for (Baris b : matriks) {
            uji.add(DynamicTest.dynamicTest(b.metode() + " " + b.path() + " × anonim", () -> anonim(b)));
            for (Peran p : PERSONA.keySet()) {
                if (b.paramWilayah() == null) {
                    uji.add(DynamicTest.dynamicTest(b.metode() + " " + b.path() + " × " + p,
                            () -> peran(b, p, null)));
                } else {
                    for (String w : WILAYAH_UJI) {
                        uji.add(DynamicTest.dynamicTest(b.metode() + " " + b.path() + " × " + p + " @ " + w,
                                () -> peran(b, p, w)));
                    }
                }
            }
        }
        return uji.stream();
    }

    private void anonim(Baris b) throws Exception {
        MvcResult r = mvc.perform(permintaan(b, WILAYAH_UJI.get(0))).andReturn();
        int status = r.getResponse().getStatus();
        if (b.publik()) {
            assertThat(ditolakAnonim(r) && !dijawabEndpoint(r)).as("%s %s publik, status %s", b.metode(), b.path(), status).isFalse();
        } else {
            assertThat(ditolakAnonim(r)).as("%s %s must refuse anonymous (status %s)", b.metode(), b.path(), status)
                    .isTrue();
        }
    }

    private void peran(Baris b, Peran p, String wilayah) throws Exception {
        UserDetails u = detail.loadUserByUsername(PERSONA.get(p));
        MvcResult r = mvc.perform(permintaan(b, wilayah == null ? WILAYAH_UJI.get(0) : wilayah).with(user(u))).andReturn();
        int status = r.getResponse().getStatus();
        boolean harusBoleh = b.boleh(p) && (wilayah == null || dalamCakupan(p, wilayah));
        if (harusBoleh && b.publik() && dijawabEndpoint(r)) {
            return;
        } else if (harusBoleh) {
            assertThat(status).as("%s %s as %s %s: expected allowed", b.metode(), b.path(), p, wilayah)
                    .isNotIn(401, 403);
        } else {
            assertThat(status).as("%s %s as %s %s: expected 403", b.metode(), b.path(), p, wilayah).isEqualTo(403);
        }
    }

    /** The region rule as the matrix states it: a user without a scope reaches every served region. */
    private boolean dalamCakupan(Peran p, String wilayah) {
        String cakupan = repo.cariUsername(PERSONA.get(p)).orElseThrow().wilayahKode();
        return cakupan == null || KodeWilayah.termasuk(wilayah, cakupan);
    }

    /**
     * The security chain let the request through to its controller (a refusal by the chain never reaches the
     * dispatcher). A public endpoint may still answer 401/403 itself: the WhatsApp webhook checks its own
     * verify token and signature.
     */
    private static boolean dijawabEndpoint(MvcResult r) {
        return r.getHandler() != null;
    }

    private static boolean ditolakAnonim(MvcResult r) {
        int status = r.getResponse().getStatus();
        if (status == 401 || status == 403) {
            return true;
        }
        // Pages send anonymous users to the login page.
        String ke = r.getResponse().getRedirectedUrl();
        return status == 302 && ke != null && java.net.URI.create(ke).getPath().equals("/masuk")
                && java.net.URI.create(ke).getQuery() == null;
    }

    private MockHttpServletRequestBuilder permintaan(Baris b, String wilayah) {
        String path = b.path().replace("{id}", String.valueOf(targetId));
        if (b.paramWilayah() != null) {
            path = path.replace("{" + b.paramWilayah() + "}", wilayah);
        }
        path = path.replace("{kode}", "14.04.01");
        // Any other path variable (e.g. {versi}) gets a plain value: the rule, not the record, is under test.
        path = path.replaceAll("\\{[^}/]+}", "1");
        var req = request(HttpMethod.valueOf(b.metode()), path).with(csrf()).accept(MediaType.TEXT_HTML,
                MediaType.APPLICATION_JSON);
        if (!b.metode().equals("GET")) {
            req.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return req;
    }

    private static List<Baris> baca() throws IOException {
        List<Baris> hasil = new ArrayList<>();
        try (InputStream in = AksesMatriksTest.class.getResourceAsStream("/akses/matriks.txt")) {
            for (String baris : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = baris.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] kolom = t.split("\\|");
                String[] mp = kolom[0].strip().split("\\s+");
                String siapa = kolom[1].strip();
                Set<Peran> peran = EnumSet.noneOf(Peran.class);
                if (!siapa.equals("PUBLIK") && !siapa.equals("*")) {
                    for (String r : siapa.split(",")) {
                        peran.add(Peran.valueOf(r.strip()));
                    }
                }
                String param = kolom.length > 2 && !kolom[2].isBlank() ? kolom[2].strip() : null;
                hasil.add(new Baris(mp[0], mp[1], peran, siapa.equals("PUBLIK"), siapa.equals("*"), param));
            }
        }
        return hasil;
    }
}
