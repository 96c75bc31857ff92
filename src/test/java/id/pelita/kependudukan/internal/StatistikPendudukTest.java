package id.pelita.kependudukan.internal;

import id.pelita.PelitaTest;
import id.pelita.kependudukan.JenisKelamin;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Wilayah;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Statistics against a hand-counted village: eight residents keyed a year ago, one died 10 days ago, one moved
 * out 20 days ago. Birth dates sit on the age-group, elderly and e-KTP boundaries, relative to today.
 */
@PelitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatistikPendudukTest {

    /** Villages other tests key residents into; ours must stay untouched by them. */
    static final Set<String> DIPAKAI = Set.of("14.04.01.2001", "14.04.01.2004", "14.04.01.2020");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DirektoriWilayah wilayah;
    @Autowired
    StatistikPenduduk statistik;
    @Autowired
    Clock jam;
    @Autowired
    SandiPdp sandi;

    /** Plain NIKs of the fixtures, to prove none reaches the public page. */
    final java.util.List<String> nik = new java.util.ArrayList<>();

    String desa;
    LocalDate hariIni;
    LocalDate lalu;

    @BeforeAll
    void siapkan() {
        desa = wilayah.anak("14.04.01").stream().map(Wilayah::kode).filter(k -> !DIPAKAI.contains(k))
                .reduce((a, b) -> b).orElseThrow();
        hariIni = LocalDate.now(jam);
        lalu = hariIni.minusDays(30);
        LocalDate mulai = hariIni.minusYears(1);
        long kk = keluarga();
        penduduk(kk, "STATUJI A", "L", hariIni.minusYears(5).plusDays(1), null, 1, mulai);  // 4 today and 30 days ago
        penduduk(kk, "STATUJI B", "P", hariIni.minusYears(5), null, 1, mulai);             // 5 today, 4 thirty days ago
        penduduk(kk, "STATUJI C", "L", hariIni.minusYears(60), null, 3, mulai);             // elderly from today
        penduduk(kk, "STATUJI D", "P", hariIni.minusYears(80), "MENTAL", 3, mulai);         // 75+, ODGJ
        penduduk(kk, "STATUJI E", "L", hariIni.minusYears(17), "FISIK", 2, mulai);          // 17 today: e-KTP age
        penduduk(kk, "STATUJI F", "P", hariIni.minusYears(17).plusDays(1), null, 1, mulai); // 16 today
        long g = penduduk(kk, "STATUJI G", "L", hariIni.minusYears(40), null, 3, mulai);
        long h = penduduk(kk, "STATUJI H", "P", hariIni.minusYears(30), null, 3, mulai);
        akhiri(g, JenisMutasi.MATI, hariIni.minusDays(10));
        akhiri(h, JenisMutasi.PINDAH_KELUAR, hariIni.minusDays(20));
    }

    @Test
    void countsToday() {
        Statistik s = statistik.hitung(desa, hariIni);
        assertThat(s.total()).isEqualTo(6);
        assertThat(s.laki()).isEqualTo(3);
        assertThat(s.perempuan()).isEqualTo(3);
        assertThat(s.piramida()).hasSize(16);
        assertThat(kelompok(s, "0–4")).isEqualTo(new Statistik.KelompokUmur("0–4", 1, 0));
        assertThat(kelompok(s, "5–9")).isEqualTo(new Statistik.KelompokUmur("5–9", 0, 1));
        assertThat(kelompok(s, "15–19")).isEqualTo(new Statistik.KelompokUmur("15–19", 1, 1));
        assertThat(kelompok(s, "60–64")).isEqualTo(new Statistik.KelompokUmur("60–64", 1, 0));
        assertThat(kelompok(s, "75+")).isEqualTo(new Statistik.KelompokUmur("75+", 0, 1));
        assertThat(s.piramida().stream().mapToLong(k -> k.laki() + k.perempuan()).sum()).isEqualTo(6);
        assertThat(s.rentan()).isEqualTo(new Statistik.Rentan(2, 2, 1));
        assertThat(s.disabilitas()).containsExactly(new Statistik.Baris("disabilitas.FISIK", 1),
                new Statistik.Baris("disabilitas.SENSORIK", 0), new Statistik.Baris("disabilitas.INTELEKTUAL", 0),
                new Statistik.Baris("disabilitas.MENTAL", 1));
        // Aged 17 and over: C and D recorded, E not yet; F (16) is not counted.
        assertThat(s.rekamKtp()).containsExactly(new Statistik.Baris("Sudah Rekam", 2),
                new Statistik.Baris("Belum Rekam", 1));
        assertThat(s.agama()).containsExactly(new Statistik.Baris("Islam", 6));
        assertThat(s.pekerjaan()).containsExactly(new Statistik.Baris("Petani/Pekebun", 6));
        assertThat(s.perBulan()).hasSize(12);
        assertThat(s.perBulan().get(11).bulan()).isEqualTo(YearMonth.from(hariIni));
        assertThat(s.perBulan().stream().mapToLong(Statistik.Bulan::mati).sum()).isEqualTo(1);
        assertThat(s.perBulan().stream().mapToLong(Statistik.Bulan::pindah).sum()).isEqualTo(1);
        assertThat(bulan(s, hariIni.minusDays(10)).mati()).isEqualTo(1);
        assertThat(bulan(s, hariIni.minusDays(20)).pindah()).isEqualTo(1);
        // Keyed-in residents (PENDATAAN) are neither births nor newcomers.
        assertThat(s.perBulan().stream().mapToLong(b -> b.lahir() + b.datang()).sum()).isZero();
    }

    @Test
    void countsOnAPastDateBeforeTheDeathAndTheMoveOut() {
        Statistik s = statistik.hitung(desa, lalu);
        assertThat(s.total()).isEqualTo(8);
        assertThat(s.laki()).isEqualTo(4);
        assertThat(s.perempuan()).isEqualTo(4);
        // B was still 4 thirty days ago; C was 59, so not yet elderly.
        assertThat(kelompok(s, "0–4")).isEqualTo(new Statistik.KelompokUmur("0–4", 1, 1));
        assertThat(kelompok(s, "5–9")).isEqualTo(new Statistik.KelompokUmur("5–9", 0, 0));
        assertThat(kelompok(s, "55–59")).isEqualTo(new Statistik.KelompokUmur("55–59", 1, 0));
        assertThat(s.rentan().lansia()).isEqualTo(1);
        // E was 16: only C, D, G, H count for e-KTP, all recorded.
        assertThat(s.rekamKtp()).containsExactly(new Statistik.Baris("Sudah Rekam", 4));
        // The events came after that day.
        assertThat(s.perBulan().stream().mapToLong(b -> b.mati() + b.pindah()).sum()).isZero();
        // The kecamatan includes the village.
        assertThat(statistik.hitung("14.04.01", lalu).total()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void staffPageShowsExactCountsWithinScope() throws Exception {
        String html = halaman("camat.reteh", "/penduduk/statistik?wilayah=" + desa + "&tanggal=" + lalu, 200);
        assertThat(html).contains("data-test=\"total\">8<").contains("data-test=\"laki\">4<").contains("<svg");
        html = halaman("tim.inhil", "/penduduk/statistik?wilayah=" + desa, 200);
        assertThat(html).contains("data-test=\"total\">6<").contains("data-test=\"odgj\">1<");
        // A future or malformed date falls back to today with a warning.
        assertThat(halaman("tim.inhil", "/penduduk/statistik?wilayah=" + desa + "&tanggal=kemarin", 200))
                .contains("data-test=\"total\">6<").contains("alert-warning");
        // Default region: the operator's own village.
        assertThat(halaman("operator.sungaiterap", "/penduduk/statistik", 200)).contains("Desa Sungaiterap");
    }

    @Test
    void outOfScopeIsRefused() throws Exception {
        halaman("operator.sungaiterap", "/penduduk/statistik?wilayah=" + desa, 403);
        halaman("operator.sungaiterap", "/penduduk/statistik?wilayah=14.04.01", 403);
        halaman("camat.trawas", "/penduduk/statistik?wilayah=14.04.01", 403);
        halaman("camat.trawas", "/penduduk/statistik?wilayah=" + desa, 403);
        mvc.perform(get("/penduduk/statistik?wilayah=" + desa)).andExpect(r ->
                assertThat(r.getResponse().getStatus()).isIn(302, 401));
    }

    @Test
    void publicPageSuppressesSmallCountsAndShowsNoPersonalData() throws Exception {
        String html = publik("/statistik/penduduk?wilayah=" + desa, 200);
        assertThat(html).contains("data-test=\"total\">6<")
                .contains("data-test=\"laki\">&lt;5<").contains("data-test=\"perempuan\">&lt;5<")
                .contains("data-test=\"odgj\">&lt;5<")
                .doesNotContain("STATUJI").doesNotContain("name=\"tanggal\"");
        // Pyramid labels suppressed, bars of suppressed cells drawn with no length.
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(svg).contains(">&lt;5</text>").doesNotContain(">1</text>");
        assertThat(svg).doesNotContainPattern("<rect[^>]*width=\"[1-9]");
        assertThat(nik).hasSize(8);
        for (String nomor : nik) {
            assertThat(html).doesNotContain(nomor).doesNotContain(nomor.substring(0, 6) + "**");
        }
        // Served kecamatan and its villages only: not the kabupaten, not unknown codes.
        publik("/statistik/penduduk?wilayah=14.04.01", 200);
        publik("/statistik/penduduk", 200);
        publik("/statistik/penduduk?wilayah=14.04", 404);
        publik("/statistik/penduduk?wilayah=14.04.02", 404);
        publik("/statistik/penduduk?wilayah=%3Cscript%3E", 404);
    }

    private static Statistik.KelompokUmur kelompok(Statistik s, String label) {
        return s.piramida().stream().filter(k -> k.label().equals(label)).findFirst().orElseThrow();
    }

    private static Statistik.Bulan bulan(Statistik s, LocalDate tanggal) {
        return s.perBulan().stream().filter(b -> b.bulan().equals(YearMonth.from(tanggal))).findFirst().orElseThrow();
    }

    private String halaman(String siapa, String path, int status) throws Exception {
        return minta(get(path).with(user(pengguna.loadUserByUsername(siapa))), status);
    }

    private String publik(String path, int status) throws Exception {
        return minta(get(path), status);
    }

    private String minta(MockHttpServletRequestBuilder req, int status) throws Exception {
        var r = mvc.perform(req).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(status);
        return r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    // Fixtures go straight to the tables (numbers encrypted as the service does, since staff lists decrypt them):
    // exact birth and event dates are needed, and no demo operator serves this village.

    private long keluarga() {
        String noKk = DataUji.kk();
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into keluarga (no_kk_sandi, no_kk_hash, desa_kode, alamat, dibuat_oleh, dibuat_pada) "
                        + "values (?, ?, ?, 'Jl. Statistik', 'uji', ?)")
                .params(sandi.sandikan(noKk), sandi.hash(noKk), desa, OffsetDateTime.now(jam))
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    private long penduduk(long kk, String nama, String jk, LocalDate lahir, String disabilitas, int rekamKtp,
                          LocalDate mulai) {
        String nomor = DataUji.nik("140401", lahir, JenisKelamin.valueOf(jk));
        nik.add(nomor);
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into penduduk (nik_sandi, nik_hash, keluarga_id, desa_kode, nama, nama_cari, jenis_kelamin, "
                        + "tempat_lahir, tanggal_lahir, agama, pendidikan, pekerjaan, status_kawin, shdk, golongan_darah, "
                        + "disabilitas, status_rekam_ktp, kewarganegaraan, status, dibuat_oleh, dibuat_pada) "
                        + "values (?, ?, ?, ?, ?, ?, ?, 'Reteh', ?, 1, 5, 9, 1, 3, 13, ?, ?, 1, 'HIDUP', 'uji', ?)")
                .params(sandi.sandikan(nomor), sandi.hash(nomor), kk, desa, nama, nama.toLowerCase(), jk, lahir, disabilitas, rekamKtp,
                        OffsetDateTime.now(jam))
                .update(kunci, "id");
        long id = kunci.getKey().longValue();
        long m = mutasi(id, JenisMutasi.PENDATAAN, mulai);
        jdbc.sql("insert into penduduk_hadir (penduduk_id, keluarga_id, desa_kode, mulai, mutasi_mulai_id) "
                + "values (?, ?, ?, ?, ?)").params(id, kk, desa, mulai, m).update();
        return id;
    }

    private void akhiri(long id, JenisMutasi jenis, LocalDate tanggal) {
        long m = mutasi(id, jenis, tanggal);
        jdbc.sql("update penduduk_hadir set selesai = ?, mutasi_selesai_id = ? where penduduk_id = ?")
                .params(tanggal, m, id).update();
        jdbc.sql("update penduduk set status = ? where id = ?")
                .params(jenis == JenisMutasi.MATI ? "MATI" : "PINDAH", id).update();
    }

    private long mutasi(long id, JenisMutasi jenis, LocalDate tanggal) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into mutasi_penduduk (penduduk_id, jenis, tanggal_peristiwa, desa_kode, dicatat_oleh, "
                        + "dicatat_pada) values (?, ?, ?, ?, 'uji', ?)")
                .params(id, jenis.name(), tanggal, desa, OffsetDateTime.now(jam)).update(kunci, "id");
        return kunci.getKey().longValue();
    }
}
