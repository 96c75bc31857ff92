package id.pelita.register.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pelita.PelitaTest;
import id.pelita.register.NomorRegister;
import id.pelita.register.Register;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;

/** Issuing numbers against the real database (H2, or PostgreSQL with -Dpelita.test.db.url). */
@PelitaTest
class RegisterTest {

    static final String POLA = "{nomor}/{unit}/{bulan}/{tahun}";

    @Autowired
    Register register;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;

    /** Every test its own register, so tests sharing the database never see each other's numbers. */
    static String kodeBaru() {
        return "UJI-" + UUID.randomUUID().toString().substring(0, 8);
    }

    NomorRegister terbitkan(String kode, LocalDate tanggal, String ref) {
        return tx.execute(s -> register.terbitkan(kode, POLA, "KEMAS", tanggal, ref));
    }

    @Test
    void berurutanDenganBulanRomawi() {
        String kode = kodeBaru();
        assertThat(terbitkan(kode, LocalDate.of(2026, 1, 5), "A").nomor()).isEqualTo("001/KEMAS/I/2026");
        assertThat(terbitkan(kode, LocalDate.of(2026, 3, 9), "B").nomor()).isEqualTo("002/KEMAS/III/2026");
        NomorRegister c = terbitkan(kode, LocalDate.of(2026, 12, 1), "C");
        assertThat(c.nomor()).isEqualTo("003/KEMAS/XII/2026");
        assertThat(c.urut()).isEqualTo(3);
        assertThat(c.tahun()).isEqualTo(2026);
        assertThat(register.daftar(kode, 2026)).extracting(NomorRegister::nomor, NomorRegister::referensi)
                .containsExactly(Assertions.tuple("001/KEMAS/I/2026", "A"), Assertions.tuple("002/KEMAS/III/2026", "B"),
                        Assertions.tuple("003/KEMAS/XII/2026", "C"));
        assertThat(register.daftar(kode, 2026).get(2)).isEqualTo(c);
    }

    @Test
    void tahunBaruMulaiLagiDari001() {
        String kode = kodeBaru();
        terbitkan(kode, LocalDate.of(2026, 12, 30), "A");
        terbitkan(kode, LocalDate.of(2026, 12, 31), "B");
        NomorRegister baru = terbitkan(kode, LocalDate.of(2027, 1, 2), "C");
        assertThat(baru.nomor()).isEqualTo("001/KEMAS/I/2027");
        assertThat(baru.urut()).isEqualTo(1);
        // a late case of the old year still continues the old year's sequence
        assertThat(terbitkan(kode, LocalDate.of(2026, 12, 31), "D").nomor()).isEqualTo("003/KEMAS/XII/2026");
        assertThat(register.daftar(kode, 2027)).hasSize(1);
    }

    @Test
    void hanyaDalamTransaksiPemanggil() {
        assertThatThrownBy(() -> register.terbitkan(kodeBaru(), POLA, "KEMAS", LocalDate.of(2026, 1, 1), "X"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void formatSalahDitolakTanpaMemakaiNomor() {
        String kode = kodeBaru();
        assertThatThrownBy(() -> tx.execute(s -> register.terbitkan(kode, "{unit}/{tahun}", "KEMAS", LocalDate.of(2026, 1, 1), "X")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(terbitkan(kode, LocalDate.of(2026, 1, 1), "A").urut()).isEqualTo(1);
    }

    @Test
    void rollbackTidakMeninggalkanCelah() {
        String kode = kodeBaru();
        terbitkan(kode, LocalDate.of(2026, 4, 1), "A");
        // the case's transaction fails after the number was issued
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            assertThat(register.terbitkan(kode, POLA, "KEMAS", LocalDate.of(2026, 4, 2), "GAGAL").urut()).isEqualTo(2);
            throw new IllegalStateException("kasus gagal diselesaikan");
        })).hasMessage("kasus gagal diselesaikan");
        NomorRegister berikut = terbitkan(kode, LocalDate.of(2026, 4, 3), "B");
        assertThat(berikut.urut()).isEqualTo(2);
        assertThat(berikut.nomor()).isEqualTo("002/KEMAS/IV/2026");
        assertThat(register.daftar(kode, 2026)).extracting(NomorRegister::referensi).containsExactly("A", "B");
    }

    @Test
    void rollbackPadaTahunBaruJugaTanpaCelah() {
        String kode = kodeBaru();
        // the very first number of a register rolls back together with its counter row
        tx.executeWithoutResult(s -> {
            register.terbitkan(kode, POLA, "KEMAS", LocalDate.of(2026, 1, 1), "GAGAL");
            s.setRollbackOnly();
        });
        assertThat(terbitkan(kode, LocalDate.of(2026, 1, 2), "A").urut()).isEqualTo(1);
    }

    /** 8 threads × 25 numbers, each in its own transaction, all starting at once on a register that does not exist yet. */
    @Test
    void serentakTanpaCelahDanTanpaGanda() throws Exception {
        String kode = kodeBaru();
        int utas = 8;
        int perUtas = 25;
        ExecutorService pool = Executors.newFixedThreadPool(utas);
        CountDownLatch mulai = new CountDownLatch(1);
        List<Future<List<Integer>>> hasil = new ArrayList<>();
        try {
            for (int u = 0; u < utas; u++) {
                int nomorUtas = u;
                hasil.add(pool.submit(() -> {
                    mulai.await();
                    List<Integer> urut = new ArrayList<>();
                    for (int i = 0; i < perUtas; i++) {
                        urut.add(terbitkan(kode, LocalDate.of(2026, 6, 1), "T" + nomorUtas + "-" + i).urut());
                    }
                    return urut;
                }));
            }
            mulai.countDown();
            List<Integer> semua = new ArrayList<>();
            for (Future<List<Integer>> f : hasil) {
                List<Integer> dariUtas = f.get(120, TimeUnit.SECONDS);
                // within one thread the numbers only grow
                assertThat(dariUtas).isSorted();
                semua.addAll(dariUtas);
            }
            Collections.sort(semua);
            assertThat(semua).containsExactlyElementsOf(IntStream.rangeClosed(1, utas * perUtas).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        List<NomorRegister> daftar = register.daftar(kode, 2026);
        assertThat(daftar).hasSize(200);
        assertThat(daftar).extracting(NomorRegister::urut).containsExactlyElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
        assertThat(daftar).extracting(NomorRegister::nomor).doesNotHaveDuplicates().contains("001/KEMAS/VI/2026", "200/KEMAS/VI/2026");
    }

    @Test
    void apiDanLayar() throws Exception {
        String kode = kodeBaru();
        terbitkan(kode, LocalDate.of(2026, 3, 9), "PLT-2026-0001");
        mvc.perform(get("/api/v1/register/" + kode).param("tahun", "2026").with(user(pengguna.loadUserByUsername("staf.reteh"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].nomor").value("001/KEMAS/III/2026"))
                .andExpect(jsonPath("$[0].referensi").value("PLT-2026-0001"))
                .andExpect(jsonPath("$[0].urut").value(1));
        mvc.perform(get("/api/v1/register/" + kode).param("tahun", "2025").with(user(pengguna.loadUserByUsername("staf.reteh"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$", Matchers.hasSize(0)));
        mvc.perform(get("/api/v1/register/" + kode).param("tahun", "dua ribu").with(user(pengguna.loadUserByUsername("staf.reteh"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.galat[0].field").value("tahun"))
                .andExpect(jsonPath("$.galat[0].pesan").value("Tahun harus bilangan antara 2000 dan 2100."));
        mvc.perform(get("/api/v1/register/kode,salah").with(user(pengguna.loadUserByUsername("staf.reteh"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.galat[0].field").value("kode"));
        mvc.perform(get("/register/" + kode).param("tahun", "2026").with(user(pengguna.loadUserByUsername("kasi.trawas"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("001/KEMAS/III/2026")))
                .andExpect(content().string(Matchers.containsString("PLT-2026-0001")));
        mvc.perform(get("/register/" + kode).param("tahun", "3000").with(user(pengguna.loadUserByUsername("kasi.trawas"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Tahun harus bilangan antara 2000 dan 2100.")));
        mvc.perform(get("/register/" + kode).with(user(pengguna.loadUserByUsername("operator.sungaiterap"))))
                .andExpect(status().isForbidden());
    }
}
