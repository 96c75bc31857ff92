package id.pelita.posyandu.internal.forum;

import id.pelita.PelitaTest;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.layanan.PengerjaLangkah;
import id.pelita.uji.KlienWeb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A FOKUS TUNTAS meeting end to end over real HTTP: the secretariat (kecamatan staff of Concong) prepares and
 * invites (SOP step 1), records attendance, decisions and follow-up; only the camat confirms (step 2); tasks are
 * done and the follow-up closed (step 3); the case moves with it. Region: Reteh's office does not see it.
 */
@PelitaTest
class ForumFokusTuntasTest {

    static final String SANDI = "pelita-demo-2026";
    static final String STAF = "staf.concong.uji";
    static final Pattern RAPAT = Pattern.compile("/posyandu/forum/(\\d+)$");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PembukaBerkas pembuka;
    @Autowired
    PengerjaLangkah pengerja;

    /** Concong has only a camat in the demo data: the secretariat's staff member is made here. */
    @BeforeEach
    void stafConcong() {
        pengguna(jdbc, encoder, STAF, "Staf Sekretariat Concong", "14.04.18", "STAF");
    }

    static void pengguna(JdbcClient jdbc, PasswordEncoder encoder, String username, String nama, String wilayah,
                         String peran) {
        if (jdbc.sql("select count(*) from pengguna where username = ?").param(username).query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("insert into pengguna (username, nama, sandi_hash, wilayah_kode, aktif, gagal_login, dibuat_pada) "
                        + "values (?,?,?,?,true,0,?)")
                .params(username, nama, encoder.encode(SANDI), wilayah, OffsetDateTime.now()).update();
        long id = jdbc.sql("select id from pengguna where username = ?").param(username).query(Long.class).single();
        jdbc.sql("insert into pengguna_peran (pengguna_id, peran) values (?, ?)").params(id, peran).update();
    }

    static KlienWeb masuk(int port, String username) {
        KlienWeb k = new KlienWeb(port);
        assertThat(k.masuk(username, SANDI).statusCode()).isEqualTo(302);
        return k;
    }

    private Map<String, Object> rapat(long id) {
        return jdbc.sql("select * from forum_rapat where id = ?").param(id).query().singleRow();
    }

    @Test
    void rapatDariUndanganSampaiTindakLanjutMengikutiSop() {
        KlienWeb staf = masuk(port, STAF);
        var r = staf.postForm("/posyandu/forum/baru", "/posyandu/forum/baru", Map.of(
                "kecamatanKode", "14.04.18", "bulan", "2026-10", "tanggal", "2026-11-05", "jam", "09:00",
                "tempat", "Aula Kantor Camat Concong",
                "agenda", "Rekap temuan stunting Oktober\nPembagian peran intervensi",
                "undangan", "dr. Sari — PKM Concong Luar\nKades Kampung Baru — Pemerintah Desa\nKapolsek; Forkopimcam"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        Matcher m = RAPAT.matcher(r.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));
        String halaman = "/posyandu/forum/" + id;
        String nomor = (String) rapat(id).get("berkas_nomor");
        assertThat(nomor).isNotNull();
        assertThat(rapat(id).get("status")).isEqualTo("DIRENCANAKAN");
        assertThat(pengerja.menunggu(nomor).orElseThrow().no()).isEqualTo(1);

        // Step 1: the secretariat confirms the invitation.
        staf.postForm(halaman, halaman + "/kirim-undangan", Map.of());
        assertThat(rapat(id).get("status")).isEqualTo("DIUNDANG");
        var langkah1 = pembuka.status(nomor).orElseThrow().langkah().get(0);
        assertThat(langkah1.oleh()).isEqualTo(STAF);
        assertThat(langkah1.output()).contains("2 butir agenda", "3 undangan");

        // At the meeting: attendance, a walk-in, decisions, follow-up.
        List<Long> hadir = jdbc.sql("select id from forum_hadir where rapat_id = ? and nama <> 'Kapolsek' order by id")
                .param(id).query(Long.class).list();
        staf.postForm(halaman, halaman + "/hadir", List.of(Map.entry("hadir", hadir.get(0).toString()),
                Map.entry("hadir", hadir.get(1).toString())));
        staf.postForm(halaman, halaman + "/undangan", Map.of("nama", "Ketua TP-PKK", "unsur", "TP-PKK", "hadir", "true"));
        staf.postForm(halaman, halaman + "/keputusan", Map.of("isi", "Kunjungan rumah 4 balita pendek di Kampung Baru"));
        staf.postForm(halaman, halaman + "/tindak-lanjut", Map.of("penanggungJawab", "Bidan desa Kampung Baru",
                "uraian", "Kunjungan rumah dan konseling gizi", "tenggat", "2026-11-12"));
        staf.postForm(halaman, halaman + "/tindak-lanjut", Map.of("penanggungJawab", "TP-PKK",
                "uraian", "PMT olahan ikan selama 30 hari", "tenggat", "2026-12-05"));
        // A due date before the meeting is refused.
        staf.postForm(halaman, halaman + "/tindak-lanjut", Map.of("penanggungJawab", "X", "uraian", "Y",
                "tenggat", "2026-11-01"));
        assertThat(jdbc.sql("select count(*) from forum_hadir where rapat_id = ? and hadir").param(id)
                .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from forum_tindak_lanjut where rapat_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(2);

        // Step 2 is the camat's: the staff member cannot confirm.
        var tolak = staf.postForm(halaman, halaman + "/sahkan", Map.of("notulen", "x"));
        assertThat(tolak.statusCode()).isEqualTo(302);
        assertThat(rapat(id).get("status")).isEqualTo("DIUNDANG");
        KlienWeb camat = masuk(port, "camat.concong");
        assertThat(camat.get(halaman).body()).contains("data-test=\"sahkan\"");
        camat.postForm(halaman, halaman + "/sahkan", Map.of("notulen", "Rapat dibuka pukul 09.00 oleh Camat."));
        assertThat(rapat(id).get("status")).isEqualTo("DISAHKAN");
        assertThat(pembuka.status(nomor).orElseThrow().langkah().get(1).oleh()).isEqualTo("camat.concong");

        // Follow-up: one done; closing with one still open needs a note.
        long tugas = jdbc.sql("select id from forum_tindak_lanjut where rapat_id = ? and penanggung_jawab = 'TP-PKK'")
                .param(id).query(Long.class).single();
        staf.postForm(halaman, halaman + "/tindak-lanjut/" + tugas + "/selesai", Map.of("catatan", "PMT dibagikan"));
        staf.postForm(halaman, halaman + "/tutup-tindak-lanjut", Map.of());
        assertThat(rapat(id).get("status")).isEqualTo("DISAHKAN");
        staf.postForm(halaman, halaman + "/tutup-tindak-lanjut",
                Map.of("catatan", "Kunjungan rumah berlanjut bulan depan"));
        assertThat(rapat(id).get("status")).isEqualTo("TINDAK_LANJUT_SELESAI");
        var langkah3 = pembuka.status(nomor).orElseThrow().langkah().get(2);
        assertThat(langkah3.output()).isEqualTo("1 dari 2 tindak lanjut selesai");
        assertThat(langkah3.catatan()).isEqualTo("Kunjungan rumah berlanjut bulan depan");
        assertThat(pengerja.menunggu(nomor).orElseThrow().no()).isEqualTo(4);

        // Step 4: the secretariat prepares the month's report; step 5: the camat sends it; the case ends.
        staf.postForm(halaman, halaman + "/kirim-laporan", Map.of());
        assertThat(rapat(id).get("status")).isEqualTo("TINDAK_LANJUT_SELESAI");
        staf.postForm(halaman, halaman + "/susun-laporan", Map.of());
        assertThat(rapat(id).get("status")).isEqualTo("LAPORAN_DISUSUN");
        long laporan = jdbc.sql("select id from laporan_posyandu_kiriman where berkas_nomor = ?").param(nomor)
                .query(Long.class).single();
        staf.postForm(halaman, halaman + "/kirim-laporan", Map.of());
        assertThat(rapat(id).get("status")).as("step 5 is the camat's").isEqualTo("LAPORAN_DISUSUN");
        camat.postForm(halaman, halaman + "/kirim-laporan", Map.of());
        assertThat(rapat(id).get("status")).isEqualTo("DILAPORKAN");
        assertThat(pembuka.status(nomor).orElseThrow().status()).isEqualTo("SELESAI");
        assertThat(masuk(port, "tim.inhil").get("/posyandu/laporan/kiriman").body())
                .contains("/posyandu/laporan/kiriman/" + laporan + "/pdf");

        String isi = staf.get(halaman).body();
        assertThat(isi).contains("Kunjungan rumah 4 balita pendek di Kampung Baru", "Bidan desa Kampung Baru",
                "PMT dibagikan", "Rapat dibuka pukul 09.00 oleh Camat.");
        // Locked after confirmation: no more decisions.
        staf.postForm(halaman, halaman + "/keputusan", Map.of("isi", "Terlambat"));
        assertThat(jdbc.sql("select count(*) from forum_keputusan where rapat_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);

        // Region: Reteh's office neither sees nor changes it, nor opens a forum case in Concong.
        KlienWeb reteh = masuk(port, "camat.reteh");
        assertThat(reteh.get(halaman).statusCode()).isEqualTo(404);
        assertThat(reteh.get("/posyandu/forum").body()).doesNotContain(halaman + "\"");
        KlienWeb stafReteh = masuk(port, "staf.reteh");
        long sebelum = jdbc.sql("select count(*) from forum_rapat").query(Long.class).single();
        var luar = stafReteh.postForm("/posyandu/forum/baru", "/posyandu/forum/baru", Map.of("kecamatanKode", "14.04.18",
                "bulan", "2026-10", "tanggal", "2026-11-05", "tempat", "X", "agenda", "A", "undangan", "B — C"));
        assertThat(luar.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from forum_rapat").query(Long.class).single()).isEqualTo(sebelum);
        assertThat(masuk(port, "tim.inhil").get(halaman).statusCode()).isEqualTo(200);
    }

    @Test
    void isianRapatDiperiksa() {
        assertThat(LayananForum.undangan("dr. Sari — PKM")).containsExactly("dr. Sari", "PKM");
        assertThat(LayananForum.undangan("Kapolsek; Forkopimcam")).containsExactly("Kapolsek", "Forkopimcam");
        KlienWeb staf = masuk(port, STAF);
        var r = staf.postForm("/posyandu/forum/baru", "/posyandu/forum/baru", Map.of("kecamatanKode", "14.04.18",
                "bulan", "bukan", "tanggal", "", "tempat", "", "agenda", "", "undangan", "tanpa unsur"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Isi bulan", "Isi tanggal rapat", "Isi tempat rapat", "nama — unsur");
    }
}
