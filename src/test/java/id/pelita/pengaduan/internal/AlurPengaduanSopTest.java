package id.pelita.pengaduan.internal;

import id.pelita.PelitaTest;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.layanan.StatusBerkas;
import org.flowable.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import static id.pelita.pengaduan.internal.UjiPengaduan.DESA_MANDAH;
import static id.pelita.pengaduan.internal.UjiPengaduan.DESA_RETEH;
import static id.pelita.pengaduan.internal.UjiPengaduan.Keluar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Complaints run their SOP end to end: PUL KOMPAS for stunting in Reteh, OSPS MPA for fires in Mandah —
 * the case started at intake with steps 1-2 done by the system and the team told through the outbox, the
 * camat's order and the coordinator's report on the case page, the complaint following the case, and the
 * closing report as a PDF in the district team's inbox. Deadlines in working time on Flowable's clock.
 */
@PelitaTest
class AlurPengaduanSopTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @LocalServerPort
    int port;
    @Autowired
    PenerimaPengaduan penerima;
    @Autowired
    PembukaBerkas berkas;
    @Autowired
    ProcessEngineConfiguration flowable;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void siapkan() {
        UjiPengaduan.timDesa(jdbc, DESA_RETEH, "1001");
    }

    @AfterEach
    void bersihkan() {
        flowable.getClock().reset();
    }

    static Instant wib(String waktu) {
        return LocalDateTime.parse(waktu).atZone(WIB).toInstant();
    }

    private String stuntingWeb(boolean anonim) {
        return penerima.terima(new PengaduanMasuk(Kategori.STUNTING, DESA_RETEH,
                "Balita di RT 02 tampak sangat kurus dan jarang ke posyandu", Saluran.WEB, "6281234500001",
                "pelapor@contoh.id", "Ibu Sari", anonim, null, null, null, null));
    }

    @Test
    void pulKompasFromAWebComplaintToTheDistrictReport() {
        flowable.getClock().setCurrentTime(Date.from(wib("2026-11-24T09:00")));
        String kode = stuntingWeb(false);

        // Intake: the case runs, steps 1-2 done by the system, the camat's step waiting.
        String nomor = (String) UjiPengaduan.baris(jdbc, kode).get("berkas_nomor");
        assertThat(nomor).startsWith("L-");
        StatusBerkas s = berkas.status(nomor).orElseThrow();
        assertThat(s.sopKode()).isEqualTo("PUL-KOMPAS");
        assertThat(s.langkah()).extracting(StatusBerkas.Langkah::no, StatusBerkas.Langkah::oleh, StatusBerkas.Langkah::terlambat)
                .containsExactly(tuple(1, "sistem", false), tuple(2, "sistem", false), tuple(3, null, false));
        assertThat(s.langkah().get(1).output()).isEqualTo("Laporan tersampaikan ke Group Inovasi PUL KOMPAS");
        assertThat(s.langkahAktif().orElseThrow().peran()).isEqualTo("CAMAT");
        assertThat(jdbc.sql("select rujukan from layanan_berkas where nomor = ?").param(nomor).query(String.class).single())
                .isEqualTo(kode);

        // Step 2 is the forwarding: camat, coordinator (TP-PKK) and the village team, in-app + e-mail + WhatsApp.
        List<Keluar> teruskan = UjiPengaduan.keluar(jdbc, "pengaduan:" + kode + ":teruskan:%");
        assertThat(teruskan).filteredOn(k -> k.saluran().equals("APLIKASI")).extracting(Keluar::tujuan)
                .containsExactlyInAnyOrder("camat.reteh", "pkk.reteh", "operator.uji1001", "kader.uji1001");
        assertThat(teruskan).filteredOn(k -> k.saluran().equals("EMAIL")).extracting(Keluar::tujuan)
                .contains("camat.reteh@demo.pelita.id", "pkk.reteh@demo.pelita.id", "operator1001@uji.pelita.id");
        assertThat(teruskan).filteredOn(k -> k.saluran().equals("WHATSAPP"))
                .extracting(Keluar::tujuan, Keluar::templat).containsExactly(tuple("62813000001001", "pelita_pengaduan_baru"));
        assertThat(teruskan).allSatisfy(k -> assertThat(k.isi()).contains(kode).doesNotContain("Ibu Sari"));

        // The camat orders the team (step 3) on the case page: the complaint is under handling.
        var camat = UjiPengaduan.masuk(port, "camat.reteh");
        UjiPengaduan.kerjakanLangkah(camat, nomor, List.of("Laporan masyarakat", "Petunjuk teknis penanganan Stunting"),
                "Rapat tim hari ini pukul 13.00", "Kader Sungai Terap dan bidan desa turun ke rumah keluarga");
        assertThat(UjiPengaduan.baris(jdbc, kode).get("status")).isEqualTo("DIPROSES");
        assertThat(UjiPengaduan.keluar(jdbc, "pengaduan:" + kode + ":pelapor:DIPROSES:%"))
                .extracting(Keluar::saluran, Keluar::tujuan).containsExactly(tuple("EMAIL", "pelapor@contoh.id"));

        // The coordinator reports (step 4): the case ends, the complaint is done, the report goes to the district.
        var pkk = UjiPengaduan.masuk(port, "pkk.reteh");
        UjiPengaduan.kerjakanLangkah(pkk, nomor, List.of("Hasil tindakan penanganan kasus Stunting"),
                "Laporan penanganan disampaikan ke Tim Kabupaten", "Balita dirujuk ke puskesmas; PMT 90 hari");
        assertThat(berkas.status(nomor).orElseThrow().selesai()).isTrue();
        assertThat(UjiPengaduan.baris(jdbc, kode).get("status")).isEqualTo("SELESAI");
        assertThat(UjiPengaduan.keluar(jdbc, "pengaduan:" + kode + ":pelapor:SELESAI:%")).hasSize(1);
        assertThat(UjiPengaduan.keluar(jdbc, "pengaduan:" + kode + ":laporan:%")).extracting(Keluar::saluran, Keluar::tujuan)
                .containsExactly(tuple("APLIKASI", "tim.inhil"));

        var tim = UjiPengaduan.masuk(port, "tim.inhil");
        var halaman = tim.get("/pengaduan/laporan");
        assertThat(halaman.statusCode()).isEqualTo(200);
        assertThat(halaman.body()).contains(kode).contains(nomor);
        long id = jdbc.sql("select l.id from pengaduan_laporan l join pengaduan p on p.id = l.pengaduan_id where p.kode = ?")
                .param(kode).query(Long.class).single();
        var pdf = tim.getBytes("/pengaduan/laporan/" + id + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        // Another kabupaten's team does not get it.
        assertThat(UjiPengaduan.masuk(port, "camat.trawas").getBytes("/pengaduan/laporan/" + id + "/pdf").statusCode())
                .isIn(403, 404);
    }

    @Test
    void theCamatsStepIsDueOneWorkingHourAfterIntake() {
        flowable.getClock().setCurrentTime(Date.from(wib("2026-11-24T09:00")));
        var pagi = berkas.status((String) UjiPengaduan.baris(jdbc, stuntingWeb(false)).get("berkas_nomor")).orElseThrow();
        assertThat(pagi.langkah().get(1).tenggat()).as("step 2: 1 minute").isEqualTo(wib("2026-11-24T09:01"));
        assertThat(pagi.langkahAktif().orElseThrow().tenggat()).isEqualTo(wib("2026-11-24T10:00"));

        // Half an hour before closing (16:00): the other half hour counts from opening (07:30) the next day.
        flowable.getClock().setCurrentTime(Date.from(wib("2026-11-24T15:30")));
        var sore = berkas.status((String) UjiPengaduan.baris(jdbc, stuntingWeb(true)).get("berkas_nomor")).orElseThrow();
        assertThat(sore.langkahAktif().orElseThrow().tenggat()).isEqualTo(wib("2026-11-25T08:00"));
    }

    @Test
    void ospsMpaFireInMandahRaisesTheAlarmUntilHandled() {
        String kode = penerima.terima(new PengaduanMasuk(Kategori.KEBAKARAN, DESA_MANDAH,
                "Titik api di lahan gambut dekat kebun kelapa, asap tebal", Saluran.WHATSAPP, "6281234500002", null,
                "Pak Udin", false, -0.51, 103.45, null, null));
        String nomor = (String) UjiPengaduan.baris(jdbc, kode).get("berkas_nomor");
        var s = berkas.status(nomor).orElseThrow();
        assertThat(s.sopKode()).isEqualTo("OSPS-MPA");
        assertThat(s.langkahAktif().orElseThrow().no()).isEqualTo(3);
        assertThat(UjiPengaduan.keluar(jdbc, "pengaduan:" + kode + ":teruskan:%"))
                .filteredOn(k -> k.saluran().equals("APLIKASI")).extracting(Keluar::tujuan)
                .containsExactlyInAnyOrder("camat.mandah", "kasi.mandah");

        var camat = UjiPengaduan.masuk(port, "camat.mandah");
        var beranda = camat.get("/beranda").body();
        assertThat(beranda).contains("data-test=\"alarm-kebakaran\"").contains(kode);
        assertThat(UjiPengaduan.masuk(port, "camat.reteh").get("/beranda").body()).doesNotContain(kode);

        UjiPengaduan.kerjakanLangkah(camat, nomor, List.of("Laporan beserta lokasi kejadian"),
                "Tim MPA bergerak ke lokasi", "Koordinasi dengan Manggala Agni");
        assertThat(UjiPengaduan.baris(jdbc, kode).get("status")).isEqualTo("DIPROSES");
        // A WhatsApp complaint hears back on WhatsApp (text or template, as the 24-hour window allows).
        assertThat(UjiPengaduan.keluar(jdbc, "pengaduan:" + kode + ":pelapor:DIPROSES:%"))
                .extracting(Keluar::saluran, Keluar::tujuan, Keluar::templat)
                .containsExactly(tuple("WHATSAPP", "6281234500002", "pelita_status_pengaduan"));

        UjiPengaduan.kerjakanLangkah(UjiPengaduan.masuk(port, "kasi.mandah"), nomor, List.of("Hasil penanganan di lokasi"),
                "Api padam pukul 11.20", "Luas terbakar kurang lebih 0,5 ha");
        assertThat(UjiPengaduan.baris(jdbc, kode).get("status")).isEqualTo("SELESAI");
        assertThat(camat.get("/beranda").body()).doesNotContain(kode);
        assertThat(jdbc.sql("select kabupaten_kode from pengaduan_laporan l join pengaduan p on p.id = l.pengaduan_id "
                + "where p.kode = ?").param(kode).query(String.class).single()).isEqualTo("14.04");
    }

    @Test
    void aComplaintWithoutAnSopThereHasNoCase() {
        // Stunting in Mandah: PUL KOMPAS is Reteh's SOP. Handled by hand; the kecamatan office is told.
        String kode = penerima.terima(new PengaduanMasuk(Kategori.STUNTING, DESA_MANDAH,
                "Anak usia dua tahun berat badannya turun terus", Saluran.WEB, null, null, null, false, null, null,
                null, null));
        assertThat(UjiPengaduan.baris(jdbc, kode).get("berkas_nomor")).isNull();
        assertThat(UjiPengaduan.keluar(jdbc, "pengaduan:" + kode + ":teruskan:%:app")).extracting(Keluar::tujuan)
                .contains("camat.mandah", "staf.mandah");
    }
}
