package id.pelita.pengaduan.internal;

import id.pelita.PelitaTest;
import id.pelita.layanan.PembukaBerkas;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.pelita.pengaduan.internal.UjiPengaduan.DESA_RETEH;
import static id.pelita.pengaduan.internal.UjiPengaduan.Keluar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The staff screens over real HTTP: merge and invalid (closing the case), the walk-in/phone form, anonymity,
 * region scoping, and user text always escaped.
 */
@PelitaTest
class HalamanPengaduanTest {

    static final String XSS = "<script>alert(1)</script>";
    static final String XSS_AMAN = "&lt;script&gt;alert(1)&lt;/script&gt;";
    static final Pattern KODE = Pattern.compile("/pengaduan/(PK-[2-9A-HJKMNP-Z]{6})$");

    @LocalServerPort
    int port;
    @Autowired
    PenerimaPengaduan penerima;
    @Autowired
    PembukaBerkas berkas;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    private String stunting(String uraian, String nama, boolean anonim, Saluran saluran, String telepon) {
        return penerima.terima(new PengaduanMasuk(Kategori.STUNTING, DESA_RETEH, uraian, saluran, telepon,
                "warga@contoh.id", nama, anonim, null, null, null, null));
    }

    @Test
    void aDuplicateIsMergedAndItsCaseStops() {
        String asli = stunting("Balita kurus di dekat masjid, keluarga kurang mampu", "Rina", false, Saluran.WEB, null);
        String duplikat = stunting("Ada balita kurus dekat masjid, mohon dicek", "Tono", false, Saluran.WEB, null);
        String nomor = (String) UjiPengaduan.baris(jdbc, duplikat).get("berkas_nomor");
        String prosesId = jdbc.sql("select proses_id from layanan_berkas where nomor = ?").param(nomor).query(String.class).single();

        var staf = UjiPengaduan.masuk(port, "staf.reteh");
        var tolak = staf.postForm("/pengaduan/" + duplikat, "/pengaduan/" + duplikat + "/gabung", Map.of("keKode", duplikat));
        assertThat(tolak.statusCode()).isEqualTo(302);
        assertThat(UjiPengaduan.baris(jdbc, duplikat).get("status")).as("not into itself").isEqualTo("DITERIMA");

        var r = staf.postForm("/pengaduan/" + duplikat, "/pengaduan/" + duplikat + "/gabung",
                Map.of("keKode", asli.toLowerCase().replace("-", " ")));
        assertThat(r.statusCode()).isEqualTo(302);
        var b = UjiPengaduan.baris(jdbc, duplikat);
        assertThat(b.get("status")).isEqualTo("DIGABUNG");
        assertThat(b.get("digabung_ke")).isEqualTo(asli);
        assertThat(berkas.status(nomor).orElseThrow().status()).isEqualTo("BATAL");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(prosesId).count()).isZero();
        assertThat(UjiPengaduan.keluar(jdbc, "pengaduan:" + duplikat + ":pelapor:DIGABUNG:%"))
                .extracting(Keluar::saluran, Keluar::tujuan).containsExactly(tuple("EMAIL", "warga@contoh.id"));
        assertThat(staf.get("/pengaduan/" + duplikat).body()).contains("data-test=\"digabung-ke\"").contains(asli);
        // Closed stays closed.
        staf.postForm("/pengaduan/" + duplikat, "/pengaduan/" + duplikat + "/tidak-valid", Map.of("alasan", "x"));
        assertThat(UjiPengaduan.baris(jdbc, duplikat).get("status")).isEqualTo("DIGABUNG");
    }

    @Test
    void invalidNeedsAReasonAndUserTextIsAlwaysEscaped() {
        String kode = stunting("Uraian berbahaya " + XSS, "Nama " + XSS, false, Saluran.WHATSAPP, "6281234500003");
        var staf = UjiPengaduan.masuk(port, "staf.reteh");
        assertThat(staf.postForm("/pengaduan/" + kode, "/pengaduan/" + kode + "/catatan",
                Map.of("isi", "Internal " + XSS)).statusCode()).isEqualTo(302);
        assertThat(staf.postForm("/pengaduan/" + kode, "/pengaduan/" + kode + "/catatan",
                Map.of("isi", "Publik " + XSS, "publik", "true")).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from pengaduan_catatan c join pengaduan p on p.id = c.pengaduan_id "
                + "where p.kode = ? and c.publik").param(kode).query(Long.class).single()).isEqualTo(1);
        // A public note reaches the WhatsApp reporter.
        assertThat(UjiPengaduan.keluar(jdbc, "pengaduan:" + kode + ":pelapor:catatan:%"))
                .extracting(Keluar::saluran).containsExactlyInAnyOrder("WHATSAPP", "EMAIL");

        staf.postForm("/pengaduan/" + kode, "/pengaduan/" + kode + "/tidak-valid", Map.of("alasan", "  "));
        assertThat(UjiPengaduan.baris(jdbc, kode).get("status")).as("a reason is required").isEqualTo("DITERIMA");
        staf.postForm("/pengaduan/" + kode, "/pengaduan/" + kode + "/tidak-valid", Map.of("alasan", "Alasan " + XSS));
        var b = UjiPengaduan.baris(jdbc, kode);
        assertThat(b.get("status")).isEqualTo("TIDAK_VALID");
        assertThat(berkas.status((String) b.get("berkas_nomor")).orElseThrow().status()).isEqualTo("BATAL");
        assertThat(UjiPengaduan.keluar(jdbc, "pengaduan:" + kode + ":pelapor:TIDAK_VALID:%")).hasSize(2);

        String detail = UjiPengaduan.masuk(port, "camat.reteh").get("/pengaduan/" + kode).body();
        assertThat(detail).doesNotContain(XSS).contains("Uraian berbahaya " + XSS_AMAN).contains("Nama " + XSS_AMAN)
                .contains("Internal " + XSS_AMAN).contains("Publik " + XSS_AMAN).contains("Alasan " + XSS_AMAN);
        assertThat(staf.get("/pengaduan?status=TIDAK_VALID").body()).doesNotContain(XSS).contains(XSS_AMAN);
    }

    @Test
    void anonymousReportersAreHiddenBelowTheCamatAndEachViewIsAudited() {
        String kode = stunting("Keluarga di ujung desa butuh pendampingan gizi", "Siti Rahasia", true, Saluran.WEB,
                "6281234500004");
        String staf = UjiPengaduan.masuk(port, "staf.reteh").get("/pengaduan/" + kode).body();
        assertThat(staf).contains("dirahasiakan").doesNotContain("Siti Rahasia").doesNotContain("6281234500004")
                .doesNotContain("warga@contoh.id");
        assertThat(UjiPengaduan.masuk(port, "kasi.reteh").get("/pengaduan/" + kode).body()).doesNotContain("Siti Rahasia");
        String camat = UjiPengaduan.masuk(port, "camat.reteh").get("/pengaduan/" + kode).body();
        assertThat(camat).contains("Siti Rahasia").contains("6281234500004");
        assertThat(UjiPengaduan.masuk(port, "sekcam.reteh").get("/pengaduan/" + kode).body()).contains("Siti Rahasia");
        assertThat(jdbc.sql("select pelaku from audit_log where jenis_data = 'pengaduan' and data_id = ? and aksi = 'BACA'")
                .param(kode).query(String.class).list()).containsExactlyInAnyOrder("camat.reteh", "sekcam.reteh");
        // The case page shows no name either.
        String nomor = (String) UjiPengaduan.baris(jdbc, kode).get("berkas_nomor");
        assertThat(UjiPengaduan.masuk(port, "staf.reteh").get("/layanan/berkas/" + nomor).body())
                .doesNotContain("Siti Rahasia").contains(kode);
    }

    @Test
    void complaintsStayInsideTheUsersRegion() {
        String kode = stunting("Balita dengan berat badan di bawah garis merah", "Rudi", false, Saluran.WEB, null);
        var trawas = UjiPengaduan.masuk(port, "staf.trawas");
        assertThat(trawas.get("/pengaduan/" + kode).statusCode()).isIn(403, 404);
        assertThat(trawas.postForm("/pengaduan", "/pengaduan/" + kode + "/catatan", Map.of("isi", "coba")).statusCode())
                .isIn(403, 404);
        assertThat(trawas.postForm("/pengaduan", "/pengaduan/" + kode + "/tidak-valid", Map.of("alasan", "coba"))
                .statusCode()).isIn(403, 404);
        assertThat(trawas.get("/pengaduan").body()).doesNotContain(kode);
        assertThat(UjiPengaduan.baris(jdbc, kode).get("status")).isEqualTo("DITERIMA");
        // A village operator sees their own village only; the district team its whole kabupaten.
        assertThat(UjiPengaduan.masuk(port, "operator.sungaiterap").get("/pengaduan/" + kode).statusCode()).isEqualTo(404);
        assertThat(UjiPengaduan.masuk(port, "tim.inhil").get("/pengaduan?kategori=STUNTING").body()).contains(kode);
        assertThat(UjiPengaduan.masuk(port, "staf.reteh").get("/pengaduan?kategori=STUNTING").body()).contains(kode);
    }

    @Test
    void walkInAndPhoneComplaintsAreKeyedByStaff() {
        var staf = UjiPengaduan.masuk(port, "staf.reteh");
        assertThat(staf.get("/pengaduan/baru").statusCode()).isEqualTo(200);
        var salah = staf.postForm("/pengaduan/baru", "/pengaduan/baru", Map.of("saluran", "TELEPON", "kategori", "LAYANAN",
                "desaKode", "14.04.01.2004", "uraian", "pendek"));
        assertThat(salah.statusCode()).isEqualTo(200);
        assertThat(salah.body()).contains("Uraian terlalu pendek");

        var r = staf.postForm("/pengaduan/baru", "/pengaduan/baru", Map.of("saluran", "TELEPON", "kategori", "LAYANAN",
                "desaKode", "14.04.01.2004", "uraian", "Surat pindah belum jadi setelah dua minggu",
                "namaPelapor", "Pak Amir", "telepon", "0812 3450 0005"));
        assertThat(r.statusCode()).isEqualTo(302);
        Matcher m = KODE.matcher(r.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).isTrue();
        String kode = m.group(1);
        var b = UjiPengaduan.baris(jdbc, kode);
        assertThat(b.get("saluran")).isEqualTo("TELEPON");
        assertThat(b.get("dicatat_oleh")).isEqualTo("staf.reteh");
        assertThat(b.get("telepon")).isEqualTo("081234500005");
        assertThat(b.get("berkas_nomor")).as("no SOP for service complaints").isNull();

        // Without a case, staff move it by hand.
        staf.postForm("/pengaduan/" + kode, "/pengaduan/" + kode + "/status", Map.of("status", "DIPROSES"));
        assertThat(UjiPengaduan.baris(jdbc, kode).get("status")).isEqualTo("DIPROSES");
        staf.postForm("/pengaduan/" + kode, "/pengaduan/" + kode + "/status", Map.of("status", "SELESAI"));
        assertThat(UjiPengaduan.baris(jdbc, kode).get("status")).isEqualTo("SELESAI");

        // A village operator files for their own village only.
        var operator = UjiPengaduan.masuk(port, "operator.sungaiterap");
        var luar = operator.postForm("/pengaduan/baru", "/pengaduan/baru", Map.of("saluran", "DATANG_LANGSUNG",
                "kategori", "LAYANAN", "desaKode", "14.04.01.2020", "uraian", "Lampu jalan desa mati sejak sebulan"));
        assertThat(luar.statusCode()).isEqualTo(200);
        assertThat(UjiPengaduan.masuk(port, "kader.sungaiterap").get("/pengaduan/baru").statusCode()).isEqualTo(403);
    }
}
