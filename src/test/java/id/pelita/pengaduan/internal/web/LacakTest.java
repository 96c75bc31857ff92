package id.pelita.pengaduan.internal.web;

import id.pelita.PelitaTest;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.pengaduan.PengaduanDibukaKembali;
import id.pelita.pengaduan.internal.Kategori;
import id.pelita.pengaduan.internal.PenerimaPengaduan;
import id.pelita.pengaduan.internal.PengaduanMasuk;
import id.pelita.pengaduan.internal.Saluran;
import id.pelita.wilayah.DirektoriWilayah;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The public tracking page: what it shows (nothing personal) and the reporter's rating and reopening rules. */
@PelitaTest
@RecordApplicationEvents
class LacakTest {

    static final String DESA = "14.04.01.1001";
    static final String TELEPON = "6281298765432";

    @LocalServerPort
    int port;
    @Autowired
    PenerimaPengaduan penerima;
    @Autowired
    PembukaBerkas pembukaBerkas;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DirektoriWilayah wilayah;
    @Autowired
    Clock jam;
    @Autowired
    ApplicationEvents peristiwa;
    @Autowired
    TindakanPelapor tindakan;
    KlienLapor klien;

    @BeforeEach
    void siapkan() {
        klien = new KlienLapor(port);
        jdbc.sql("delete from pengaduan_batas").update();
    }

    String ajukan(Kategori k, String telepon, boolean anonim) {
        Double lintang = k.wajibLokasi() ? -0.35 : null;
        Double bujur = k.wajibLokasi() ? 103.5 : null;
        return penerima.terima(new PengaduanMasuk(k, DESA, "Balita tetangga Ibu Rina tampak sangat kurus dan lemas",
                Saluran.WEB, telepon, "rina.rahasia@contoh.id", "Rina Susanti", anonim, lintang, bujur, null, null));
    }

    void selesai(String kode, Duration lalu) {
        jdbc.sql("update pengaduan set status = 'SELESAI', selesai_pada = ? where kode = ?")
                .params(jam.instant().minus(lalu).atOffset(ZoneOffset.UTC), kode).update();
    }

    String status(String kode) {
        return jdbc.sql("select status from pengaduan where kode = ?").param(kode).query(String.class).single();
    }

    @Test
    void thePageShowsStatusCategoryVillageAndDatesButNothingPersonal() {
        for (boolean anonim : new boolean[] {false, true}) {
            String kode = ajukan(Kategori.STUNTING, TELEPON, anonim);
            var r = klien.get("/lacak/" + kode);
            assertThat(r.statusCode()).isEqualTo(200);
            String desa = wilayah.cari(DESA).orElseThrow().nama();
            assertThat(r.body()).contains(kode).contains("DITERIMA (menunggu tindak lanjut petugas)")
                    .contains("Dugaan stunting").contains(desa).contains("Reteh")
                    .doesNotContain("Rina").doesNotContain("rina.rahasia").doesNotContain("kurus")
                    .doesNotContain("5432").doesNotContain(TELEPON);
        }
    }

    @Test
    void aCodeTypedLooselyLeadsToItsPageAndAnUnknownOneToAFriendly404() {
        String kode = ajukan(Kategori.LAYANAN, TELEPON, false);
        var r = klien.get("/lacak?kode=" + kode.toLowerCase().replace("-", "+"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/lacak/" + kode);

        var tidakAda = klien.get("/lacak/PK-222222");
        assertThat(tidakAda.statusCode()).isEqualTo(404);
        assertThat(tidakAda.body()).contains("Pengaduan tidak ditemukan").contains("PK-222222");
        var xss = klien.get("/lacak/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(xss.body()).doesNotContain("<script>alert");
        assertThat(klien.get("/lacak?kode=abc").body()).contains("PK- dan 6 huruf/angka");
    }

    Map<String, String> nilai(String digit, String bintang, String komentar) {
        return Map.of("digit", digit, "bintang", bintang, "komentar", komentar);
    }

    @Test
    void ratingNeedsAClosedComplaintAndTheRightDigitsAndHappensOnce() {
        String kode = ajukan(Kategori.LAYANAN, TELEPON, false);
        String hal = "/lacak/" + kode;
        var belum = klien.postForm(hal, hal + "/nilai", nilai("5432", "4", ""));
        assertThat(belum.statusCode()).isEqualTo(400);
        assertThat(belum.body()).contains("hanya untuk pengaduan yang sudah SELESAI");

        selesai(kode, Duration.ofHours(1));
        var salah = klien.postForm(hal, hal + "/nilai", nilai("1111", "4", ""));
        assertThat(salah.statusCode()).isEqualTo(400);
        assertThat(salah.body()).contains("4 angka terakhir nomor telepon tidak cocok");

        String xss = "<script>alert('nilai')</script>";
        var benar = klien.postForm(hal, hal + "/nilai", nilai("5432", "4", xss));
        assertThat(benar.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select bintang from pengaduan_penilaian p join pengaduan a on a.id = p.pengaduan_id "
                + "where a.kode = ?").param(kode).query(Integer.class).single()).isEqualTo(4);
        var halaman = klien.get(hal).body();
        assertThat(halaman).contains("★★★★☆").contains("Terima kasih atas penilaian Anda.").doesNotContain("<script>alert");

        var lagi = klien.postForm(hal, hal + "/nilai", nilai("5432", "1", ""));
        assertThat(lagi.statusCode()).isEqualTo(400);
        assertThat(lagi.body()).contains("sudah dinilai");
    }

    @Test
    void aComplaintWithoutPhoneCannotBeRatedOrReopenedOnline() {
        String kode = ajukan(Kategori.LAYANAN, null, false);
        selesai(kode, Duration.ofHours(1));
        String hal = "/lacak/" + kode;
        assertThat(klien.get(hal).body()).contains("dikirim tanpa nomor telepon").doesNotContain("tombol-nilai");
        var r = klien.postForm(hal, hal + "/buka-kembali", Map.of("digit", "0000", "alasan", "Masih belum diperbaiki"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("dikirim tanpa nomor telepon");
        assertThat(status(kode)).isEqualTo("SELESAI");
    }

    @Test
    void reopeningWorksWithinSevenDaysOfClosingAndPublishesAnEvent() {
        String kode = ajukan(Kategori.LAYANAN, TELEPON, false);
        String hal = "/lacak/" + kode;
        var alasan = Map.of("digit", "5432", "alasan", "Jalan masih berlubang, belum diperbaiki");
        var belum = klien.postForm(hal, hal + "/buka-kembali", alasan);
        assertThat(belum.statusCode()).isEqualTo(400);
        assertThat(belum.body()).contains("hanya untuk pengaduan yang sudah SELESAI");

        selesai(kode, Duration.ofDays(8));
        assertThat(klien.get(hal).body()).doesNotContain("tombol-buka");
        var lewat = klien.postForm(hal, hal + "/buka-kembali", alasan);
        assertThat(lewat.statusCode()).isEqualTo(400);
        assertThat(lewat.body()).contains("dalam 7 hari setelah selesai");
        assertThat(status(kode)).isEqualTo("SELESAI");

        selesai(kode, Duration.ofDays(6));
        var salah = klien.postForm(hal, hal + "/buka-kembali", Map.of("digit", "5433", "alasan", alasan.get("alasan")));
        assertThat(salah.statusCode()).isEqualTo(400);
        assertThat(status(kode)).isEqualTo("SELESAI");

        var r = klien.postForm(hal, hal + "/buka-kembali", alasan);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(status(kode)).isEqualTo("DIPROSES");
        assertThat(klien.get(hal).body()).contains("DIPROSES").contains("dibuka kembali");
        assertThat(jdbc.sql("select count(*) from pengaduan_buka_kembali b join pengaduan p on p.id = b.pengaduan_id "
                + "where p.kode = ?").param(kode).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void reopeningPublishesPengaduanDibukaKembali() {
        // Recorded events are those of the test's own thread, so this one calls the service directly.
        String kode = ajukan(Kategori.KEBAKARAN, TELEPON, false);
        selesai(kode, Duration.ofDays(1));
        tindakan.bukaKembali(kode, "5432", "Api muncul lagi di lahan yang sama");
        assertThat(peristiwa.stream(PengaduanDibukaKembali.class))
                .containsExactly(new PengaduanDibukaKembali(kode, "KEBAKARAN", DESA, "Api muncul lagi di lahan yang sama"));
        assertThat(status(kode)).isEqualTo("DIPROSES");
    }

    @Test
    void tooManyWrongDigitsLockTheCodeForTheDay() {
        String kode = ajukan(Kategori.LAYANAN, TELEPON, false);
        selesai(kode, Duration.ofHours(1));
        String hal = "/lacak/" + kode;
        for (int i = 0; i < 5; i++) {
            assertThat(klien.postForm(hal, hal + "/nilai", nilai(String.format("%04d", i), "3", "")).body())
                    .contains("tidak cocok");
        }
        var r = klien.postForm(hal, hal + "/nilai", nilai("5432", "3", ""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Terlalu banyak percobaan yang salah");
    }

    @Test
    void aReopenedComplaintWhoseCaseEndedGetsANewCaseTheReasonAndTheTeamToldAgain() {
        String kode = ajukan(Kategori.STUNTING, TELEPON, false);
        String pertama = jdbc.sql("select berkas_nomor from pengaduan where kode = ?").param(kode).query(String.class).single();
        assertThat(pertama).isNotNull();
        // The first case ended (here cancelled by hand), and the complaint was closed.
        pembukaBerkas.batalkan(pertama, "uji: kasus pertama berakhir");
        selesai(kode, Duration.ofDays(1));
        jdbc.sql("insert into pengaduan_catatan (pengaduan_id, isi, publik, oleh, dibuat_pada) select id, "
                + "'Tim gizi sudah berkunjung <b>kemarin</b>', true, 'camat.reteh', dibuat_pada from pengaduan where kode = ?")
                .param(kode).update();
        String hal = "/lacak/" + kode;
        assertThat(klien.get(hal).body()).contains("Kabar dari petugas")
                .contains("Tim gizi sudah berkunjung &lt;b&gt;kemarin&lt;/b&gt;");

        var r = klien.postForm(hal, hal + "/buka-kembali", Map.of("digit", "5432", "alasan", "Anak masih belum diperiksa"));
        assertThat(r.statusCode()).isEqualTo(302);
        String kedua = jdbc.sql("select berkas_nomor from pengaduan where kode = ?").param(kode).query(String.class).single();
        assertThat(kedua).isNotNull().isNotEqualTo(pertama);
        assertThat(pembukaBerkas.status(kedua).orElseThrow().status()).isEqualTo("BERJALAN");
        assertThat(jdbc.sql("select count(*) from pengaduan_catatan c join pengaduan p on p.id = c.pengaduan_id "
                + "where p.kode = ? and c.publik = false and c.isi like 'Dibuka kembali oleh pelapor: Anak masih%'")
                .param(kode).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notifikasi_keluar where kunci_unik like ?")
                .param("pengaduan:" + kode + ":teruskan:buka1:%").query(Integer.class).single()).isPositive();
    }

    @Test
    void aComplaintClosedAgainAfterReopeningTellsTheReporterAgain() {
        String kode = ajukan(Kategori.LAYANAN, TELEPON, false); // no SOP case: staff move it by hand
        var staf = new id.pelita.uji.KlienWeb(port);
        staf.masuk("staf.reteh", "pelita-demo-2026");
        String hal = "/pengaduan/" + kode;
        staf.postForm(hal, hal + "/status", Map.of("status", "SELESAI"));
        assertThat(status(kode)).isEqualTo("SELESAI");
        var r = klien.postForm("/lacak/" + kode, "/lacak/" + kode + "/buka-kembali",
                Map.of("digit", "5432", "alasan", "Antrian masih sama lamanya"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select diperbarui_pada from pengaduan where kode = ?").param(kode)
                .query(java.time.OffsetDateTime.class).single()).isNotNull();
        staf.postForm(hal, hal + "/status", Map.of("status", "SELESAI"));
        assertThat(status(kode)).isEqualTo("SELESAI");
        assertThat(jdbc.sql("select kunci_unik from notifikasi_keluar where kunci_unik like ? order by id")
                .param("pengaduan:" + kode + ":pelapor:SELESAI%:email").query(String.class).list())
                .containsExactly("pengaduan:" + kode + ":pelapor:SELESAI:email",
                        "pengaduan:" + kode + ":pelapor:SELESAI:buka1:email");
    }
}
