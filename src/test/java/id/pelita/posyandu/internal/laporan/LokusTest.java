package id.pelita.posyandu.internal.laporan;

import id.pelita.PelitaTest;
import id.pelita.uji.KlienWeb;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Focus villages: set by the kecamatan office for its own villages only, read by the district team. */
@PelitaTest
class LokusTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static KlienWeb masuk(int port, String username) {
        KlienWeb k = new KlienWeb(port);
        assertThat(k.masuk(username, "pelita-demo-2026").statusCode()).isEqualTo(302);
        return k;
    }

    private long jumlah(String desa) {
        return jdbc.sql("select count(*) from lokus_desa where tahun = 2022 and desa_kode = ?").param(desa)
                .query(Long.class).single();
    }

    @Test
    void lokusDitetapkanKecamatanDalamWilayahnya() {
        KlienWeb staf = masuk(port, "staf.reteh");
        staf.postForm("/posyandu/lokus", "/posyandu/lokus", Map.of("tahun", "2022", "desaKode", "14.04.01.2004",
                "dasar", "Kpts.427/V/HK-2021"));
        staf.postForm("/posyandu/lokus", "/posyandu/lokus", Map.of("tahun", "2022", "desaKode", "14.04.01.2020"));
        // Twice is refused, another kecamatan's village too.
        staf.postForm("/posyandu/lokus", "/posyandu/lokus", Map.of("tahun", "2022", "desaKode", "14.04.01.2004"));
        staf.postForm("/posyandu/lokus", "/posyandu/lokus", Map.of("tahun", "2022", "desaKode", "14.04.18.2004"));
        assertThat(jumlah("14.04.01.2004")).isEqualTo(1);
        assertThat(jumlah("14.04.01.2020")).isEqualTo(1);
        assertThat(jumlah("14.04.18.2004")).isZero();

        String halaman = masuk(port, "tim.inhil").get("/posyandu/lokus?tahun=2022").body();
        assertThat(halaman).contains("Sungaiterap", "Sungaimahang", "Kpts.427/V/HK-2021");
        assertThat(masuk(port, "camat.concong").get("/posyandu/lokus?tahun=2022").body()).doesNotContain("Sungaiterap");

        long id = jdbc.sql("select id from lokus_desa where tahun = 2022 and desa_kode = '14.04.01.2020'")
                .query(Long.class).single();
        KlienWeb concong = masuk(port, "camat.concong");
        assertThat(concong.postForm("/posyandu/lokus", "/posyandu/lokus/" + id + "/hapus", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(jumlah("14.04.01.2020")).isEqualTo(1);
        staf.postForm("/posyandu/lokus", "/posyandu/lokus/" + id + "/hapus", Map.of());
        assertThat(jumlah("14.04.01.2020")).isZero();
        jdbc.sql("delete from lokus_desa where tahun = 2022 and desa_kode like '14.04.01.%'").update();
    }
}
