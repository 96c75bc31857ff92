package id.pelita.pengaduan.internal;

import id.pelita.uji.KlienWeb;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared steps of the complaint-handling tests: people, case steps over HTTP, the outbox. */
final class UjiPengaduan {

    static final String SANDI = "pelita-demo-2026";
    static final String DESA_RETEH = "14.04.01.1001";
    static final String DESA_MANDAH = "14.04.07.2001";
    private static final Pattern TUGAS = Pattern.compile("/layanan/tugas/([^\"/]+)\"");

    record Keluar(String saluran, String tujuan, String kunciUnik, String templat, String isi) {
    }

    private UjiPengaduan() {
    }

    static KlienWeb masuk(int port, String username) {
        KlienWeb k = new KlienWeb(port);
        assertThat(k.masuk(username, SANDI).statusCode()).isEqualTo(302);
        return k;
    }

    /** A village team for a village the demo data has none for (operator with WhatsApp, cadre without). */
    static void timDesa(JdbcClient jdbc, String desa, String akhiran) {
        pengguna(jdbc, "operator.uji" + akhiran, "Operator Uji", "operator" + akhiran + "@uji.pelita.id", "6281300000" + akhiran,
                desa, "OPERATOR_DESA");
        pengguna(jdbc, "kader.uji" + akhiran, "Kader Uji", null, null, desa, "KADER_POSYANDU");
    }

    static void pengguna(JdbcClient jdbc, String username, String nama, String email, String telepon, String wilayah,
                         String peran) {
        if (jdbc.sql("select count(*) from pengguna where username = ?").param(username).query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("insert into pengguna (username, nama, email, telepon, sandi_hash, wilayah_kode, aktif, gagal_login, "
                        + "dibuat_pada) values (?,?,?,?,?,?,true,0,?)")
                .params(username, nama, email, telepon, "{noop}tidak-dipakai", wilayah, OffsetDateTime.now()).update();
        long id = jdbc.sql("select id from pengguna where username = ?").param(username).query(Long.class).single();
        jdbc.sql("insert into pengguna_peran (pengguna_id, peran) values (?, ?)").params(id, peran).update();
    }

    /** The user completes the case step they may work on, from the case page, ticking every listed item. */
    static void kerjakanLangkah(KlienWeb k, String nomorBerkas, List<String> kelengkapan, String output, String catatan) {
        HttpResponse<String> halaman = k.get("/layanan/berkas/" + nomorBerkas);
        assertThat(halaman.statusCode()).isEqualTo(200);
        Matcher m = TUGAS.matcher(halaman.body());
        assertThat(m.find()).as("a step for this user on %s", nomorBerkas).isTrue();
        String tugas = m.group(1);
        List<Map.Entry<String, String>> isian = new ArrayList<>();
        kelengkapan.forEach(x -> isian.add(Map.entry("kelengkapan", x)));
        isian.add(Map.entry("output", output));
        isian.add(Map.entry("catatan", catatan));
        var r = k.postForm("/layanan/tugas/" + tugas, "/layanan/tugas/" + tugas + "/selesai", isian);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/layanan/berkas/" + nomorBerkas);
    }

    static List<Keluar> keluar(JdbcClient jdbc, String polaKunci) {
        return jdbc.sql("select saluran, tujuan, kunci_unik, templat, isi from notifikasi_keluar where kunci_unik like ? "
                        + "order by id").param(polaKunci)
                .query((rs, i) -> new Keluar(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    static Map<String, Object> baris(JdbcClient jdbc, String kode) {
        return jdbc.sql("select * from pengaduan where kode = ?").param(kode).query().singleRow();
    }
}
