package id.pelita.layanan.internal;

import id.pelita.PelitaTest;
import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.inti.Peran;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.KatalogSop;
import id.pelita.sop.RingkasanSop;
import id.pelita.wilayah.DirektoriWilayah;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every SOP shipped with Pelita runs end to end: started by a user of its first step's role, each step
 * done by a user of that step's role in the case's region (users are created through the admin API as
 * needed), every decision answered "no" once and then "yes", finished, and numbered when the SOP keeps a
 * register.
 */
@PelitaTest
class SemuaSopAlurTest {

    @Autowired
    KatalogSop katalog;
    @Autowired
    SopTerjemahan sop;
    @Autowired
    LayananBerkas layanan;
    @Autowired
    BerkasRepository repo;
    @Autowired
    DirektoriWilayah wilayah;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    Akses akses;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    @TestFactory
    Stream<DynamicTest> everySeedSopRunsEndToEnd() {
        List<RingkasanSop> semua = katalog.daftar();
        assertThat(semua).extracting(RingkasanSop::kode).contains("VCO", "TAJUK-RETEH", "PUL-KOMPAS", "OSPS-MPA",
                "BSPPS-RAKOR", "JEMPUT-BOLA-EKTP", "GERAH-TIAN-HARI-NI", "FOKUS-TUNTAS");
        return semua.stream().map(r -> DynamicTest.dynamicTest(r.kode(), () -> jalankan(katalog.terbaru(r.kode()).orElseThrow())));
    }

    private void jalankan(DefinisiSop d) throws Exception {
        String kecamatan = d.kecamatan().isEmpty() ? "14.04.01" : d.kecamatan().get(0);
        String desa = wilayah.anak(kecamatan).get(0).kode();
        var awal = d.pelaksana(d.langkah().get(0).pelaksana()).orElseThrow().peran();
        Berkas b = layanan.mulai(d.kode(), desa, "Warga Uji", "081200000000", "Uji alur " + d.kode(),
                sebagai(penggunaUntuk(awal, desa)));

        Set<Integer> sudahDitolak = new HashSet<>();
        List<Integer> urutan = new ArrayList<>();
        for (int putaran = 0; putaran < 3 * d.langkah().size() + 5; putaran++) {
            List<Task> aktif = layanan.tugasProses(b.prosesId());
            if (aktif.isEmpty()) {
                break;
            }
            assertThat(aktif).hasSize(1);
            Task t = aktif.get(0);
            int no = Integer.parseInt(t.getTaskDefinitionKey().substring("langkah_".length()));
            var langkah = sop.langkah(d, no);
            Peran peran = d.pelaksana(langkah.pelaksana()).orElseThrow().peran();
            PenggunaSaatIni p = sebagai(penggunaUntuk(peran, desa));
            assertThat(layanan.bolehMengerjakan(t.getId(), p)).as("%s langkah %d oleh %s", d.kode(), no, peran).isTrue();
            String keputusan = null;
            String catatan = null;
            if (langkah.keputusan() != null) {
                keputusan = sudahDitolak.add(no) ? "TIDAK" : "YA";
                catatan = "TIDAK".equals(keputusan) ? "Dikembalikan untuk uji" : null;
            }
            layanan.selesaikan(t.getId(), new IsianLangkah(Set.copyOf(langkah.kelengkapan() == null ? List.of()
                    : langkah.kelengkapan()), null, catatan, keputusan, List.of()), p);
            urutan.add(no);
        }
        Berkas akhir = repo.cari(b.id()).orElseThrow();
        assertThat(akhir.status()).as(d.kode() + " selesai setelah " + urutan).isEqualTo(Berkas.SELESAI);
        if (d.register() != null) {
            assertThat(akhir.nomorRegister()).as(d.kode() + " nomor register").isNotBlank();
        }
        List<CatatanLangkah> riwayat = repo.langkah(b.id());
        assertThat(riwayat).extracting(CatatanLangkah::langkahNo).containsExactlyElementsOf(urutan);
        long keputusan = d.langkah().stream().filter(l -> l.keputusan() != null).count();
        assertThat(riwayat).filteredOn(c -> "TIDAK".equals(c.keputusan())).hasSize((int) keputusan);
        // Every step of the SOP was done at least once.
        assertThat(new HashSet<>(urutan)).hasSize(d.langkah().size());
    }

    /** A user of this role whose scope is the case's village, kecamatan or kabupaten, created once. */
    private String penggunaUntuk(Peran peran, String desa) throws Exception {
        String cakupan = GrupTugas.potong(desa, GrupTugas.tingkat(peran));
        String username = ("uji." + peran.name() + "." + cakupan).toLowerCase().replace('_', '-');
        try {
            pengguna.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            String seksi = peran == Peran.KASI ? ",\"seksi\":\"PEMERINTAHAN\"" : "";
            mvc.perform(post("/api/v1/pengguna").with(user(pengguna.loadUserByUsername("admin"))).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"" + username + "\",\"nama\":\"Uji " + peran + "\",\"peran\":[\"" + peran
                            + "\"],\"wilayahKode\":\"" + cakupan + "\",\"sandi\":\"sandi-uji-alur-2026\"" + seksi + "}"))
                    .andExpect(status().isCreated());
        }
        return username;
    }

    private PenggunaSaatIni sebagai(String username) {
        UserDetails u = pengguna.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        return akses.wajibMasuk();
    }
}
