package id.pelita.kependudukan.internal;

import com.jayway.jsonpath.JsonPath;
import id.pelita.PelitaTest;
import id.pelita.kependudukan.JenisKelamin;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Import and export of the population register end to end: OpenSID, SIAK and Pelita headers in CSV and XLSX,
 * row-level errors and warnings, both storing modes, idempotent re-import, hostile files, region scope, export
 * masking and formula neutralisation, and the background job behind the pages. Test files are made here.
 */
@PelitaTest
class ImporPendudukTest {

    static final String TERAP = "14.04.01.2004";
    static final String OP = "operator.sungaiterap";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SandiPdp sandi;
    @Autowired
    RepositoriImpor repo;

    // --- good files

    @Test
    void openSidCsvWithSemicolonsAndBomImportsAFamilyAndReimportChangesNothing() throws Exception {
        LocalDate l1 = LocalDate.of(1980, 3, 12), l2 = LocalDate.of(1983, 7, 15), l3 = LocalDate.of(2010, 9, 2);
        String kk = DataUji.kk();
        String n1 = DataUji.nik("140401", l1, JenisKelamin.L), n2 = DataUji.nik("140401", l2, JenisKelamin.P),
                n3 = DataUji.nik("140401", l3, JenisKelamin.L);
        String judul = "alamat;dusun;rw;rt;nama;no_kk;nik;sex;tempatlahir;tanggallahir;agama_id;pendidikan_kk_id;"
                + "pendidikan_sedang_id;pekerjaan_id;status_kawin;kk_level;warganegara_id;nama_ayah;nama_ibu;golongan_darah_id";
        List<String> baris = List.of(judul,
                "Jl. Impor 1;DUSUN I;1;2;Impor OpenSID Ayah;" + kk + ";" + n1 + ";1;Sungai Terap;1980-03-12;1;5;;9;2;1;1;X;Y;13",
                "Jl. Impor 1;DUSUN I;1;2;Impor OpenSID Ibu;" + kk + ";" + n2 + ";2;Tembilahan;15/07/1983;Islam;SLTP/Sederajat;;Mengurus Rumah Tangga;KAWIN;3;1;X;Y;O",
                "Jl. Impor 1;DUSUN I;1;2;Impor OpenSID Anak;" + kk + ";" + n3 + ";L;Sungai Terap;02-09-2010;1;3;;3;1;4;1;X;Y;13");
        byte[] berkas = csv(true, baris);

        String json = api(OP, berkas, "opensid.csv", "BARIS_SAH", false, 200);
        assertThat((String) JsonPath.read(json, "$.format")).isEqualTo("OPENSID");
        assertThat((Integer) JsonPath.read(json, "$.baru")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(json, "$.keluargaBaru")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(json, "$.barisGalat")).isZero();
        Penduduk ibu = cari(n2);
        assertThat(ibu.nama()).isEqualTo("IMPOR OPENSID IBU");
        assertThat(ibu.desaKode()).isEqualTo(TERAP);
        assertThat(ibu.jenisKelamin()).isEqualTo(JenisKelamin.P);
        assertThat(ibu.tanggalLahir()).isEqualTo(l2);
        assertThat(List.of(ibu.agama(), ibu.pendidikan(), ibu.pekerjaan(), ibu.statusKawin(), ibu.shdk(), ibu.golonganDarah()))
                .containsExactly(1, 4, 2, 2, 3, 4);
        long keluargaId = ibu.keluargaId();
        assertThat(jdbc.sql("select kepala_id from keluarga where id = ?").param(keluargaId).query(Long.class).single())
                .isEqualTo(cari(n1).id());
        assertThat(jdbc.sql("select rt || '/' || rw from keluarga where id = ?").param(keluargaId).query(String.class).single())
                .isEqualTo("002/001");

        // The same file again: nothing changes, three rows counted unchanged.
        String lagi = api(OP, berkas, "opensid.csv", "BARIS_SAH", false, 200);
        assertThat((Integer) JsonPath.read(lagi, "$.baru")).isZero();
        assertThat((Integer) JsonPath.read(lagi, "$.diubah")).isZero();
        assertThat((Integer) JsonPath.read(lagi, "$.tidakBerubah")).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from penduduk where keluarga_id = ?").param(keluargaId).query(Long.class).single())
                .isEqualTo(3);

        // One changed value: that row is updated and audited.
        List<String> ubah = new ArrayList<>(baris);
        ubah.set(3, ubah.get(3).replace(";3;1;4;1;", ";3;1;4;1;").replace("02-09-2010;1;3;;3;", "02-09-2010;1;4;;3;"));
        long auditSebelum = auditUbah(cari(n3).id());
        String diubah = api(OP, csv(true, ubah), "opensid.csv", "BARIS_SAH", false, 200);
        assertThat((Integer) JsonPath.read(diubah, "$.diubah")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(diubah, "$.tidakBerubah")).isEqualTo(2);
        assertThat(cari(n3).pendidikan()).isEqualTo(4);
        assertThat(auditUbah(cari(n3).id())).isEqualTo(auditSebelum + 1);
    }

    @Test
    void siakXlsxWithLabelsAndRegionCodesImports() throws Exception {
        LocalDate l1 = LocalDate.of(1975, 11, 25), l2 = LocalDate.of(1978, 4, 1);
        String kk = DataUji.kk();
        String n1 = DataUji.nik("140401", l1, JenisKelamin.L), n2 = DataUji.nik("140401", l2, JenisKelamin.P);
        List<List<Object>> sel = List.of(
                List.of("NIK", "NO_KK", "NAMA_LGKP", "JENIS_KLMIN", "TMPT_LHR", "TGL_LHR", "AGAMA", "PDDK_AKH",
                        "JENIS_PKRJN", "STAT_KWN", "STAT_HBKEL", "GOL_DRH", "ALAMAT", "NO_RT", "NO_RW", "NO_PROP",
                        "NO_KAB", "NO_KEC", "NO_KEL"),
                List.of(n1, kk, "SIAK KEPALA", "LAKI-LAKI", "PULAU KIJANG", "25-11-1975", "ISLAM", "SLTA/SEDERAJAT",
                        "PETANI/PEKEBUN", "KAWIN TERCATAT", "KEPALA KELUARGA", "O", "JL. SIAK 7", "3", "1", 14, 4, 1, 2004),
                List.of(n2, kk, "SIAK ISTRI", "PEREMPUAN", "TEMBILAHAN", "01-04-1978", "ISLAM", "TAMAT SD/SEDERAJAT",
                        "MENGURUS RUMAH TANGGA", "KAWIN", "ISTRI", "TIDAK TAHU", "JL. SIAK 7", "3", "1", 14, 4, 1, 2004));
        String json = api(OP, xlsx(sel), "siak.xlsx", "SEMUA_ATAU_TIDAK", false, 200);
        assertThat((String) JsonPath.read(json, "$.format")).isEqualTo("SIAK");
        assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("SELESAI");
        assertThat((Integer) JsonPath.read(json, "$.baru")).isEqualTo(2);
        Penduduk k = cari(n1);
        assertThat(List.of(k.agama(), k.pendidikan(), k.pekerjaan(), k.statusKawin(), k.shdk(), k.golonganDarah()))
                .containsExactly(1, 5, 9, 2, 1, 4);
        assertThat(cari(n2).golonganDarah()).isEqualTo(13);
        // And again: unchanged.
        String lagi = api(OP, xlsx(sel), "siak.xlsx", "SEMUA_ATAU_TIDAK", false, 200);
        assertThat((Integer) JsonPath.read(lagi, "$.tidakBerubah")).isEqualTo(2);
    }

    // --- a partly bad file

    @Test
    void partlyBadFileGivesRowLevelMessagesAndBothModesBehave() throws Exception {
        LocalDate l = LocalDate.of(1990, 1, 20);
        String kk = DataUji.kk();
        String baik = DataUji.nik("140401", l, JenisKelamin.L);
        String peringatan = DataUji.nik("140401", LocalDate.of(1992, 2, 3), JenisKelamin.P);
        String judul = String.join(",", EksporPenduduk.judul());
        List<String> baris = List.of(judul,
                pelita(baik, kk, "BAIK KEPALA", "L", l, "Kepala Keluarga", "Islam", ""),
                // birth date differs from the NIK's: stored with a warning
                pelita(peringatan, kk, "BAIK PERINGATAN", "P", LocalDate.of(1992, 2, 4), "Istri", "Islam", ""),
                // malformed NIK (15 digits): refused
                pelita("140401200190123", kk, "SALAH NIK", "L", l, "Anak", "Islam", ""),
                // unknown religion label
                pelita(DataUji.nik("140401", l, JenisKelamin.L), kk, "SALAH AGAMA", "L", l, "Anak", "Agama Baru", ""),
                // another village
                pelita(DataUji.nik("140401", l, JenisKelamin.L), kk, "DESA LAIN", "L", l, "Anak", "Islam", "14.04.01.2020"),
                // the same NIK twice
                pelita(baik, kk, "NIK GANDA", "L", l, "Anak", "Islam", ""));
        byte[] berkas = csv(false, baris);

        String semua = api(OP, berkas, "campur.csv", "SEMUA_ATAU_TIDAK", false, 200);
        assertThat((String) JsonPath.read(semua, "$.status")).isEqualTo("DITOLAK");
        assertThat((Integer) JsonPath.read(semua, "$.barisGalat")).isEqualTo(4);
        assertThat(ada(baik)).as("all-or-nothing stores nothing").isFalse();
        assertThat(ada(peringatan)).isFalse();
        List<Map<String, Object>> catatan = JsonPath.read(semua, "$.catatan");
        assertThat(catatan).anySatisfy(c -> {
            assertThat(c.get("baris")).isEqualTo(4);
            assertThat(c.get("kolom")).isEqualTo("nik");
            assertThat(c.get("tingkat")).isEqualTo("GALAT");
            assertThat((String) c.get("pesan")).contains("16 angka");
        });
        assertThat(catatan).anySatisfy(c -> {
            assertThat(c.get("baris")).isEqualTo(3);
            assertThat(c.get("tingkat")).isEqualTo("PERINGATAN");
            assertThat((String) c.get("pesan")).contains("Tanggal lahir dalam NIK");
        });
        assertThat(catatan).anySatisfy(c -> {
            assertThat(c.get("baris")).isEqualTo(5);
            assertThat(c.get("kolom")).isEqualTo("agama");
            assertThat((String) c.get("pesan")).contains("Agama Baru").contains("tidak dikenal");
        });
        assertThat(catatan).anySatisfy(c -> {
            assertThat(c.get("baris")).isEqualTo(6);
            assertThat(c.get("kolom")).isEqualTo("desa_kode");
            assertThat((String) c.get("pesan")).contains("wilayah lain");
        });
        assertThat(catatan).anySatisfy(c -> {
            assertThat(c.get("baris")).isEqualTo(7);
            assertThat((String) c.get("pesan")).contains("baris 2");
        });

        String sah = api(OP, berkas, "campur.csv", "BARIS_SAH", false, 200);
        assertThat((String) JsonPath.read(sah, "$.status")).isEqualTo("SELESAI");
        assertThat((Integer) JsonPath.read(sah, "$.baru")).isEqualTo(2);
        assertThat(ada(baik)).isTrue();
        assertThat(ada(peringatan)).isTrue();
        assertThat(jdbc.sql("select count(*) from penduduk where nama in ('SALAH AGAMA', 'DESA LAIN', 'NIK GANDA')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void dryRunStoresNothing() throws Exception {
        LocalDate l = LocalDate.of(1991, 6, 6);
        String nik = DataUji.nik("140401", l, JenisKelamin.L);
        byte[] berkas = csv(false, List.of(String.join(",", EksporPenduduk.judul()),
                pelita(nik, DataUji.kk(), "UJI KERING", "L", l, "Kepala Keluarga", "Islam", "")));
        String json = api(OP, berkas, "kering.csv", "BARIS_SAH", true, 200);
        assertThat((Integer) JsonPath.read(json, "$.baru")).isEqualTo(1);
        assertThat(ada(nik)).isFalse();
    }

    // --- hostile files

    @Test
    void zipBombIsRefused() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] nol = new byte[1 << 20];
            for (int i = 0; i < 500; i++) {
                zip.write(nol);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(2 << 20);
        String json = api(OP, out.toByteArray(), "bom.xlsx", "BARIS_SAH", false, 400);
        assertThat((String) JsonPath.read(json, "$.kode")).isEqualTo("berkas-ditolak");
        assertThat((String) JsonPath.read(json, "$.detail")).contains("tidak wajar");
    }

    @Test
    void wrongMagicBytesOldXlsAndOversizeAreRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThat((String) JsonPath.read(api(OP, png, "data.csv", "BARIS_SAH", false, 400), "$.detail"))
                .contains("bukan XLSX maupun CSV");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat((String) JsonPath.read(api(OP, xls, "lama.xlsx", "BARIS_SAH", false, 400), "$.detail")).contains(".xls");
        byte[] latin1 = "nik,no_kk,nama\n1,2,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat((String) JsonPath.read(api(OP, latin1, "a.csv", "BARIS_SAH", false, 400), "$.detail")).contains("UTF-8");
        byte[] besar = new byte[21 * 1024 * 1024];
        Arrays.fill(besar, (byte) 'a');
        assertThat((String) JsonPath.read(api(OP, besar, "besar.csv", "BARIS_SAH", false, 400), "$.detail"))
                .contains("terlalu besar");
        byte[] rusak = {'P', 'K', 3, 4, 1, 2, 3};
        assertThat((String) JsonPath.read(api(OP, rusak, "rusak.xlsx", "BARIS_SAH", false, 400), "$.detail"))
                .contains("rusak");
    }

    @Test
    void formulaCellsAreNotEvaluatedButReported() throws Exception {
        LocalDate l = LocalDate.of(1988, 8, 8);
        String nik = DataUji.nik("140401", l, JenisKelamin.L);
        var out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "uji", "1.0");
        Worksheet ws = wb.newWorksheet("a");
        List<String> judul = EksporPenduduk.judul();
        for (int c = 0; c < judul.size(); c++) {
            ws.value(0, c, judul.get(c));
        }
        ws.value(1, 0, nik);
        ws.value(1, 1, DataUji.kk());
        ws.formula(1, 2, "HYPERLINK(\"http://contoh.invalid\",\"klik\")");
        ws.value(1, 3, "L");
        ws.value(1, 4, "Sungai Terap");
        ws.value(1, 5, l.toString());
        ws.value(1, 6, "1");
        ws.value(1, 16, "Jl. Rumus");
        wb.finish();
        String json = api(OP, out.toByteArray(), "rumus.xlsx", "BARIS_SAH", false, 200);
        assertThat((Integer) JsonPath.read(json, "$.barisGalat")).isEqualTo(1);
        List<Map<String, Object>> catatan = JsonPath.read(json, "$.catatan");
        assertThat(catatan).anySatisfy(c -> {
            assertThat(c.get("kolom")).isEqualTo("nama");
            assertThat((String) c.get("pesan")).contains("rumus");
        });
        assertThat(ada(nik)).isFalse();
    }

    // --- scope

    @Test
    void operatorImportsOnlyIntoOwnVillageAndCannotSeeOthersImports() throws Exception {
        LocalDate l = LocalDate.of(1970, 1, 1);
        String nik = DataUji.nik("140401", l, JenisKelamin.L);
        byte[] berkas = csv(false, List.of(String.join(",", EksporPenduduk.judul()),
                pelita(nik, DataUji.kk(), "UJI CAKUPAN", "L", l, "Kepala Keluarga", "Islam", "")));
        // Asking for the neighbour village changes nothing: an operator's target is their own village.
        MvcResult r = mvc.perform(sebagai(OP, multipart("/api/v1/penduduk/impor").file(berkas("berkas", "a.csv", berkas))
                .param("desa", "14.04.01.2020").with(csrf()))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(cari(nik).desaKode()).isEqualTo(TERAP);
        long id = ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
        assertThat(status("operator.sungaimahang", get("/penduduk/impor/" + id))).isEqualTo(404);
        assertThat(status(OP, get("/penduduk/impor/" + id))).isEqualTo(200);
        // Staff of another kecamatan may not import into Reteh's villages; Reteh's staff may.
        assertThat(status("camat.trawas", multipart("/api/v1/penduduk/impor").file(berkas("berkas", "a.csv", berkas))
                .param("desa", TERAP).with(csrf()))).isEqualTo(403);
        LocalDate l2 = LocalDate.of(1971, 2, 2);
        String nik2 = DataUji.nik("140401", l2, JenisKelamin.L);
        byte[] berkas2 = csv(false, List.of(String.join(",", EksporPenduduk.judul()),
                pelita(nik2, DataUji.kk(), "UJI STAF", "L", l2, "Kepala Keluarga", "Islam", "")));
        assertThat(status("staf.reteh", multipart("/api/v1/penduduk/impor").file(berkas("berkas", "b.csv", berkas2))
                .param("desa", TERAP).with(csrf()))).isEqualTo(200);
        assertThat(cari(nik2).desaKode()).isEqualTo(TERAP);
        // A kecamatan code is not a village.
        assertThat(status("staf.reteh", multipart("/api/v1/penduduk/impor").file(berkas("berkas", "b.csv", berkas2))
                .param("desa", "14.04.01").with(csrf()))).isEqualTo(403);
    }

    @Test
    void operatorCannotExportAnotherVillageOrTheKecamatan() throws Exception {
        assertThat(status(OP, get("/api/v1/penduduk/ekspor").param("wilayah", "14.04.01.2020"))).isEqualTo(403);
        assertThat(status(OP, get("/api/v1/penduduk/ekspor").param("wilayah", "14.04.01"))).isEqualTo(403);
        assertThat(status(OP, get("/penduduk/ekspor/unduh").param("wilayah", "14.04.01.2020"))).isEqualTo(403);
        assertThat(status(OP, get("/api/v1/penduduk/ekspor").param("wilayah", TERAP))).isEqualTo(200);
        assertThat(status("camat.trawas", get("/api/v1/penduduk/ekspor").param("wilayah", "14.04.01"))).isEqualTo(403);
    }

    // --- export

    @Test
    void exportMasksNumbersForStaffAndNeutralisesFormulas() throws Exception {
        LocalDate l = LocalDate.of(1966, 6, 16);
        String nik = DataUji.nik("140401", l, JenisKelamin.L);
        String kk = DataUji.kk();
        String b = String.join(",", nik, kk, "\"=HYPERLINK(\"\"http://x.invalid\"\")\"", "L", "@Sungai", l.toString(),
                "Kepala Keluarga", "Islam", "", "", "", "", "", "", "", "+62 812 3456 7890", "-Jl. Rumus", "1", "1", "", "", "");
        api(OP, csv(false, List.of(String.join(",", EksporPenduduk.judul()), b)), "rumus.csv", "BARIS_SAH", false, 200);
        assertThat(cari(nik).nama()).isEqualTo("=HYPERLINK(\"HTTP://X.INVALID\")");

        String op = unduh(OP, "csv");
        String baris = op.lines().filter(x -> x.contains(nik)).findFirst().orElseThrow();
        assertThat(baris).contains("'=HYPERLINK").contains("'@Sungai").contains("'+62 812").contains("'-Jl. Rumus")
                .contains(kk);
        String staf = unduh("staf.reteh", "csv");
        assertThat(staf).doesNotContain(nik).doesNotContain(kk)
                .contains(nik.substring(0, 4) + "**********" + nik.substring(14));
        assertThat(unduh("camat.reteh", "csv")).contains(nik);

        // XLSX: the same rule in the cells.
        byte[] x = mvc.perform(sebagai(OP, get("/api/v1/penduduk/ekspor").param("format", "xlsx").param("wilayah", TERAP)))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(x))) {
            var r = wb.getFirstSheet().read().stream().filter(row -> row.getCellText(0).equals(nik)).findFirst().orElseThrow();
            assertThat(r.getCellText(2)).startsWith("'=HYPERLINK");
        }
        // Every export is audited.
        assertThat(jdbc.sql("select count(*) from audit_log where jenis_data = 'penduduk-ekspor' and pelaku = ?")
                .param("staf.reteh").query(Long.class).single()).isPositive();

        // An export re-imports without changes.
        String ulang = api(OP, op.getBytes(StandardCharsets.UTF_8), "ekspor.csv", "BARIS_SAH", true, 200);
        assertThat((Integer) JsonPath.read(ulang, "$.barisGalat")).isZero();
        assertThat((Integer) JsonPath.read(ulang, "$.baru")).isZero();
        assertThat((Integer) JsonPath.read(ulang, "$.diubah")).isZero();
    }

    // --- pages and the background job

    @Test
    void pageUploadRunsInTheBackgroundWithProgressPreviewAndReport() throws Exception {
        LocalDate l = LocalDate.of(1982, 12, 1);
        String nik = DataUji.nik("140401", l, JenisKelamin.P);
        String kk = DataUji.kk();
        byte[] berkas = csv(false, List.of(String.join(",", EksporPenduduk.judul()),
                pelita(nik, kk, "UJI HALAMAN", "P", l, "Kepala Keluarga", "Islam", ""),
                pelita("123", kk, "UJI HALAMAN SALAH", "L", l, "Anak", "Islam", "")));
        MvcResult r = mvc.perform(sebagai(OP, multipart("/penduduk/impor").file(berkas("berkas", "halaman.csv", berkas))
                .with(csrf()))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        String lokasi = r.getResponse().getRedirectedUrl();
        long id = Long.parseLong(lokasi.substring(lokasi.lastIndexOf('/') + 1));
        Impor siap = tunggu(id, Impor.Status.SIAP);
        assertThat(siap.barisSah()).isEqualTo(1);
        assertThat(siap.barisGalat()).isEqualTo(1);
        assertThat(repo.berkas(id)).as("the file is kept, encrypted").isPresent()
                .hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.ISO_8859_1)).doesNotContain(nik));
        String html = halaman(OP, "/penduduk/impor/" + id);
        assertThat(html).contains("UJI HALAMAN").contains(nik).contains("NIK harus tepat 16 angka")
                .contains("BARIS_SAH").contains("SEMUA_ATAU_TIDAK");
        assertThat(ada(nik)).as("nothing stored before the choice").isFalse();
        // After a reload (a new request) the fragment still answers from the job row.
        assertThat(halaman(OP, "/penduduk/impor/" + id + "/kemajuan")).contains("data-test=\"status-impor\"");

        mvc.perform(sebagai(OP, post("/penduduk/impor/" + id + "/simpan").param("mode", "BARIS_SAH").with(csrf())));
        Impor selesai = tunggu(id, Impor.Status.SELESAI);
        assertThat(selesai.baru()).isEqualTo(1);
        assertThat(ada(nik)).isTrue();
        assertThat(repo.berkas(id)).as("the file is dropped once stored").isEmpty();
        String laporan = mvc.perform(sebagai(OP, get("/penduduk/impor/" + id + "/laporan").param("format", "csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(laporan).contains("Baris,Kolom,Tingkat,Pesan").contains("3,nik,Galat,");
        byte[] xl = mvc.perform(sebagai(OP, get("/penduduk/impor/" + id + "/laporan").param("format", "xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(xl[0]).isEqualTo((byte) 'P');
        // A second decision is refused.
        mvc.perform(sebagai(OP, post("/penduduk/impor/" + id + "/simpan").param("mode", "BARIS_SAH").with(csrf())));
        assertThat(repo.cari(id).orElseThrow().status()).isEqualTo(Impor.Status.SELESAI);
    }

    @Test
    void templatesDownloadInBothFormats() throws Exception {
        String c = mvc.perform(sebagai(OP, get("/penduduk/impor/templat").param("format", "csv"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(c).contains("nik,no_kk,nama,jenis_kelamin,tempat_lahir,tanggal_lahir,shdk");
        byte[] x = mvc.perform(sebagai(OP, get("/penduduk/impor/templat").param("format", "xlsx"))).andReturn()
                .getResponse().getContentAsByteArray();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(x))) {
            assertThat(wb.getFirstSheet().read().get(0).getCellText(0)).isEqualTo("nik");
        }
        assertThat(halaman(OP, "/penduduk/impor")).contains("templat-xlsx");
        assertThat(halaman("staf.reteh", "/penduduk/impor")).contains(TERAP);
        assertThat(halaman("staf.reteh", "/penduduk/ekspor")).contains("form-ekspor");
    }

    // --- helpers

    static String pelita(String nik, String kk, String nama, String jk, LocalDate lahir, String shdk, String agama,
                         String desa) {
        return String.join(",", nik, kk, nama, jk, "Sungai Terap", lahir.toString(), shdk, agama, "", "", "", "", "", "",
                "", "", "Jl. Uji Impor", "1", "1", desa, "", "");
    }

    static byte[] csv(boolean bom, List<String> baris) {
        byte[] isi = (String.join("\r\n", baris) + "\r\n").getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return isi;
        }
        byte[] b = new byte[isi.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(isi, 0, b, 3, isi.length);
        return b;
    }

    static byte[] xlsx(List<List<Object>> sel) throws Exception {
        var out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "uji", "1.0");
        Worksheet ws = wb.newWorksheet("data");
        for (int r = 0; r < sel.size(); r++) {
            for (int c = 0; c < sel.get(r).size(); c++) {
                Object v = sel.get(r).get(c);
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else {
                    ws.value(r, c, (String) v);
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static MockMultipartFile berkas(String nama, String namaBerkas, byte[] isi) {
        return new MockMultipartFile(nama, namaBerkas, "application/octet-stream", isi);
    }

    private String api(String u, byte[] isi, String nama, String mode, boolean dryRun, int status) throws Exception {
        MvcResult r = mvc.perform(sebagai(u, multipart("/api/v1/penduduk/impor").file(berkas("berkas", nama, isi))
                .param("mode", mode).param("dryRun", String.valueOf(dryRun)).with(csrf())
                .accept(MediaType.APPLICATION_JSON))).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(status);
        return body;
    }

    private String unduh(String u, String format) throws Exception {
        MvcResult r = mvc.perform(sebagai(u, get("/api/v1/penduduk/ekspor").param("format", format).param("wilayah", TERAP)))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Impor tunggu(long id, Impor.Status status) throws InterruptedException {
        long batas = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < batas) {
            Impor i = repo.cari(id).orElseThrow();
            if (i.status() == status) {
                return i;
            }
            assertThat(i.status()).as("job " + id + " " + i.pesan()).isIn(Impor.Status.MENGANALISIS, Impor.Status.SIAP,
                    Impor.Status.MENYIMPAN);
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not reach " + status);
    }

    private boolean ada(String nik) {
        return jdbc.sql("select count(*) from penduduk where nik_hash = ?").param(sandi.hash(nik)).query(Long.class).single() > 0;
    }

    private Penduduk cari(String nik) {
        long id = jdbc.sql("select id from penduduk where nik_hash = ?").param(sandi.hash(nik)).query(Long.class).single();
        return repoPenduduk.cari(id).orElseThrow();
    }

    @Autowired
    RepositoriPenduduk repoPenduduk;

    private long auditUbah(long pendudukId) {
        return jdbc.sql("select count(*) from audit_log where jenis_data = 'penduduk' and data_id = ? and aksi = 'UBAH'")
                .param(String.valueOf(pendudukId)).query(Long.class).single();
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B sebagai(String username, B req) {
        return req.with(user(pengguna.loadUserByUsername(username)));
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> int status(String u, B req) throws Exception {
        return mvc.perform(sebagai(u, req)).andReturn().getResponse().getStatus();
    }

    private String halaman(String u, String path) throws Exception {
        MvcResult r = mvc.perform(sebagai(u, get(path).accept(MediaType.TEXT_HTML))).andReturn();
        assertThat(r.getResponse().getStatus()).as(u + " " + path).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
