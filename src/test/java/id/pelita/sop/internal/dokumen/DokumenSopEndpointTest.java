package id.pelita.sop.internal.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pelita.PelitaTest;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.KatalogSop;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PelitaTest
class DokumenSopEndpointTest {

    @Autowired
    KatalogSop katalog;

    /** An SOP whose texts try to inject markup, stored through the real catalogue like any revision. */
    @BeforeEach
    void sopJahat() {
        if (katalog.terbaru("JAHAT").isPresent()) {
            return;
        }
        DefinisiSop b = katalog.versi("BSPPS-RAKOR", 1).orElseThrow();
        var langkah = new java.util.ArrayList<>(b.langkah());
        var l1 = langkah.get(0);
        langkah.set(0, new DefinisiSop.Langkah(l1.no(), "<script>alert(1)</script>", l1.pelaksana(), l1.kelengkapan(),
                l1.waktu(), l1.output(), l1.keterangan(), l1.keputusan()));
        DefinisiSop jahat = new DefinisiSop("JAHAT", 1, "<img src=x onerror=alert(2)>", b.nomor(), b.kantor(), b.unit(),
                b.kecamatan(), b.tanggalPembuatan(), b.tanggalRevisi(), b.tanggalEfektif(), b.disahkanOleh(),
                b.dasarHukum(), b.kualifikasiPelaksana(), b.keterkaitan(), b.peralatan(), b.peringatan(), b.pencatatan(),
                b.pelaksana(), langkah, null, null);
        var admin = pengguna.loadUserByUsername("admin");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        admin, null, admin.getAuthorities()));
        try {
            katalog.simpanRevisi(katalog.yaml(jahat), "uji XSS");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;

    @Test
    void pageInTheLayoutWithPdfLink() throws Exception {
        mvc.perform(get("/sop/BSPPS-RAKOR/versi/1/dokumen").with(user(pengguna.loadUserByUsername("staf.trawas"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("href=\"/sop/BSPPS-RAKOR/versi/1/dokumen.pdf\"")))
                .andExpect(content().string(containsString(">Cetak PDF</a>")))
                .andExpect(content().string(containsString("/css/sop-dokumen.css")))
                .andExpect(content().string(containsString("navbar")))
                .andExpect(content().string(containsString("data-jenis=\"keputusan\"")))
                .andExpect(content().string(containsString("Staf / Pengolah Data Kemasyarakatan")));
    }

    @Test
    void pageEscapesUserText() throws Exception {
        mvc.perform(get("/sop/JAHAT/versi/1/dokumen").with(user(pengguna.loadUserByUsername("camat.reteh"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    @Test
    void pdfInlineWithItsFileName() throws Exception {
        byte[] pdf = mvc.perform(get("/sop/JEMPUT-BOLA-EKTP/versi/1/dokumen.pdf")
                        .with(user(pengguna.loadUserByUsername("kader.sungaiterap"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("Content-Disposition", containsString("filename=\"SOP-JEMPUT-BOLA-EKTP-v1.pdf\"")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void flowchartAsStandaloneSvg() throws Exception {
        mvc.perform(get("/sop/BSPPS-RAKOR/versi/1/alur.svg").with(user(pengguna.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(content().string(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\"")))
                .andExpect(content().string(containsString(">Tidak lengkap</text>")));
    }

    @Test
    void unknownSopOrVersionIsNotFound() throws Exception {
        var u = user(pengguna.loadUserByUsername("staf.trawas"));
        mvc.perform(get("/sop/TIDAK-ADA/versi/1/dokumen").with(u))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(get("/sop/BSPPS-RAKOR/versi/9/dokumen.pdf").with(u))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.kode").value("tidak-ditemukan"));
        mvc.perform(get("/sop/BSPPS-RAKOR/versi/0/alur.svg").with(u))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("SOP BSPPS-RAKOR versi 0 tidak ditemukan"));
    }

    @Test
    void anonymousIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/sop/BSPPS-RAKOR/versi/1/dokumen").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/masuk"));
        mvc.perform(get("/sop/BSPPS-RAKOR/versi/1/dokumen.pdf"))
                .andExpect(status().is(org.hamcrest.Matchers.oneOf(302, 401)));
    }
}
