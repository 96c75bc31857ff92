package id.pelita.layanan.internal;

import id.pelita.PelitaTest;
import id.pelita.uji.KlienWeb;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Throughput of the SOP engine and inbox latency under load. Not part of the test suite (tag "benchmark");
 * run with {@code bench/layanan.sh} (see BENCHMARKS.md). Figures are printed, not asserted.
 *
 * <ul>
 * <li>{@code bench.kasus} (default 200): BSPPS cases started and driven through all 7 steps via the REST API,
 *     one after another; reports cases per second.</li>
 * <li>{@code bench.tugas} (default 0): open tasks to create in Kec. Trawas before timing the staff inbox page
 *     over real HTTP (50 requests, p50/p95).</li>
 * </ul>
 */
@PelitaTest
@Tag("benchmark")
class LayananBenchmark {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    Environment env;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;
    @Autowired
    LayananBerkas layanan;
    @Autowired
    id.pelita.akun.Akses akses;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaksi;

    private final JsonMapper json = JsonMapper.builder().build();

    private String mulai(String desa) throws Exception {
        String r = mvc.perform(post("/api/v1/layanan/berkas").with(user(pengguna.loadUserByUsername("staf.trawas")))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sopKode\":\"BSPPS-RAKOR\",\"wilayahKode\":\"" + desa + "\",\"pemohonNama\":\"Bench\"}"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(r).get("berkas").get("nomor").asText();
    }

    /** Who performs each BSPPS step in Trawas (steps of the applicant are recorded by staff). */
    private static final String[] PELAKU = {null, "staf.trawas", "staf.trawas", "staf.trawas", "kasi.trawas",
            "camat.trawas", "staf.trawas", "staf.trawas"};
    private final java.util.Map<Integer, String> kelengkapan = new java.util.HashMap<>();

    /** Drives a case through all its steps as a client would: read the case, complete its open step. */
    private void selesaikanSemua(String nomor) throws Exception {
        if (kelengkapan.isEmpty()) {
            String sop = mvc.perform(get("/api/v1/sop/BSPPS-RAKOR").with(user(pengguna.loadUserByUsername("staf.trawas"))))
                    .andReturn().getResponse().getContentAsString();
            for (JsonNode l : json.readTree(sop).get("langkah")) {
                kelengkapan.put(l.get("no").asInt(), json.writeValueAsString(l.get("kelengkapan")));
            }
        }
        var staf = user(pengguna.loadUserByUsername("staf.trawas"));
        for (int langkah = 0; langkah < 7; langkah++) {
            String b = mvc.perform(get("/api/v1/layanan/berkas/" + nomor).with(staf)).andReturn().getResponse()
                    .getContentAsString();
            String id = null;
            int no = 0;
            for (JsonNode l : json.readTree(b).get("langkah")) {
                if (l.get("selesai").isNull()) {
                    id = l.get("tugasId").asText();
                    no = l.get("langkahNo").asInt();
                }
            }
            mvc.perform(post("/api/v1/layanan/tugas/" + id + "/selesai").with(user(pengguna.loadUserByUsername(PELAKU[no])))
                    .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"keputusan\":\"YA\",\"kelengkapan\":" + kelengkapan.get(no) + "}"));
        }
    }

    @Test
    void throughputAndInboxLatency() throws Exception {
        String db = env.getProperty("spring.datasource.url");
        int kasus = Integer.getInteger("bench.kasus", 200);
        // warm-up
        for (int i = 0; i < 10; i++) {
            selesaikanSemua(mulai("35.16.04.2001"));
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < kasus; i++) {
            selesaikanSemua(mulai("35.16.04.2001"));
        }
        double detik = (System.nanoTime() - t0) / 1e9;
        long selesai = jdbc.sql("select count(*) from layanan_berkas where status = 'SELESAI'").query(Long.class).single();
        System.out.printf("BENCH finished cases in database: %d%n", selesai);
        System.out.printf("BENCH db=%s cases=%d (7 steps each, via REST) seconds=%.1f cases/s=%.2f steps/s=%.1f%n",
                db.replaceAll(";.*", ""), kasus, detik, kasus / detik, kasus * 7 / detik);

        int tugas = Integer.getInteger("bench.tugas", 0);
        if (tugas > 0) {
            long t1 = System.nanoTime();
            // The load is set up through the service, 500 cases per transaction: only the inbox is timed.
            var u = pengguna.loadUserByUsername("staf.trawas");
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                            u, null, u.getAuthorities()));
            var staf = akses.wajibMasuk();
            for (int awal = 0; awal < tugas; awal += 500) {
                int sampai = Math.min(tugas, awal + 500);
                int a = awal;
                transaksi.executeWithoutResult(st -> {
                    for (int i = a; i < sampai; i++) {
                        layanan.mulai("BSPPS-RAKOR", i % 2 == 0 ? "35.16.04.2001" : "35.16.04.2002", "Beban " + i,
                                null, null, staf);
                    }
                });
            }
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            System.out.printf("BENCH created %d open tasks in %.0f s%n", tugas, (System.nanoTime() - t1) / 1e9);
            long terbuka = jdbc.sql("select count(*) from act_ru_task").query(Long.class).single();
            var web = new KlienWeb(port);
            web.masuk("kasi.trawas", "pelita-demo-2026");
            web.masuk("staf.trawas", "pelita-demo-2026");
            List<Long> ms = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                long s = System.nanoTime();
                var r = web.get("/layanan/tugas" + (i % 3 == 0 ? "" : "?halaman=" + (i % 7)));
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("inbox " + r.statusCode());
                }
                if (i >= 10) {
                    ms.add((System.nanoTime() - s) / 1_000_000);
                }
            }
            long[] a = ms.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("BENCH inbox page (staf.trawas) with %d open tasks: p50=%d ms p95=%d ms max=%d ms (n=%d)%n",
                    terbuka, a[a.length / 2], a[(int) Math.ceil(a.length * 0.95) - 1], a[a.length - 1], a.length);
            System.out.println("BENCH raw " + Arrays.toString(a));
        }
    }
}
