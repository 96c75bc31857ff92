package id.pelita.layanan.internal;

import id.pelita.PelitaTest;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.kalender.KalenderKerja;
import id.pelita.layanan.LangkahTerlambat;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The BSPPS coordination-meeting SOP (seed 002, Kec. Trawas) end to end on the engine: every step by the
 * right role, the completeness decision both ways, the register number at the end; and a late step's
 * timer (fired through Flowable's clock and job API, no sleeping) marking it late and escalating it.
 */
@PelitaTest
@org.springframework.test.context.event.RecordApplicationEvents
class BsppsAlurTest {

    static final String SOP = "BSPPS-RAKOR";
    static final String DESA = "35.16.04.2001"; // Ketapanrame, Kec. Trawas

    @Autowired
    LayananBerkas layanan;
    @Autowired
    BerkasRepository repo;
    @Autowired
    TaskService tugas;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngineConfiguration flowable;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    KalenderKerja kalender;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext konteks;
    @Autowired
    org.springframework.test.context.event.ApplicationEvents peristiwa;

    @AfterEach
    void bersihkan() {
        flowable.getClock().reset();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a demo user for service calls (the service reads the user from the security context). */
    private PenggunaSaatIni sebagai(String username) {
        UserDetails u = pengguna.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        return konteks.getBean(id.pelita.akun.Akses.class).wajibMasuk();
    }

    private Task satuTugas(Berkas b) {
        List<Task> t = layanan.tugasProses(b.prosesId());
        assertThat(t).hasSize(1);
        return t.get(0);
    }

    private int nomorLangkah(Task t) {
        return Integer.parseInt(t.getTaskDefinitionKey().substring("langkah_".length()));
    }

    private void selesaikan(String username, Berkas b, int langkahDiharapkan, String keputusan, String catatan) {
        var p = sebagai(username);
        Task t = satuTugas(b);
        assertThat(nomorLangkah(t)).isEqualTo(langkahDiharapkan);
        var definisi = konteks.getBean(SopTerjemahan.class).versi(b.sopKode(), b.sopVersi());
        var langkah = definisi.langkah().get(langkahDiharapkan - 1);
        layanan.selesaikan(t.getId(), new IsianLangkah(Set.copyOf(langkah.kelengkapan() == null ? List.of()
                : langkah.kelengkapan()), null, catatan, keputusan, List.of()), p);
    }

    @Test
    void everyStepByTheRightRoleWithASendBackAndARegisterNumber() {
        var staf = sebagai("staf.trawas");
        Berkas b = layanan.mulai(SOP, DESA, "Korcam TKSK Trawas", "081234567890", "Rakor BSPPS Januari", staf);
        assertThat(b.nomor()).startsWith("L-");
        assertThat(satuTugas(b).getAssignee()).as("opener does step 1").isEqualTo("staf.trawas");

        selesaikan("staf.trawas", b, 1, null, null);
        // Step 2 is the completeness check: not complete → back to step 1, with a reason.
        assertThatThrownBy(() -> selesaikan("staf.trawas", b, 2, "TIDAK", null))
                .isInstanceOf(GalatValidasi.class)
                .satisfies(e -> assertThat(((GalatValidasi) e).galat()).containsEntry("catatan", "tugas.alasan.wajib"));
        selesaikan("staf.trawas", b, 2, "TIDAK", "Surat pengantar desa belum ada");
        selesaikan("staf.trawas", b, 1, null, null);
        selesaikan("staf.trawas", b, 2, "YA", null);
        selesaikan("staf.trawas", b, 3, null, null);

        // Step 4 belongs to the kasi of Trawas: staff and another kecamatan's users cannot touch it.
        Task paraf = satuTugas(b);
        assertThat(layanan.bolehMengerjakan(paraf.getId(), sebagai("staf.trawas"))).isFalse();
        assertThat(layanan.bolehMengerjakan(paraf.getId(), sebagai("kasi.reteh"))).isFalse();
        var kasi = sebagai("kasi.trawas");
        assertThat(layanan.kotakTugas(kasi, 0, 100)).extracting(Task::getId).contains(paraf.getId());
        assertThatThrownBy(() -> layanan.tugasUntuk(paraf.getId(), sebagai("camat.reteh")))
                .isInstanceOf(TidakDitemukan.class);
        selesaikan("kasi.trawas", b, 4, null, null);
        selesaikan("camat.trawas", b, 5, null, null);
        selesaikan("staf.trawas", b, 6, null, null);
        selesaikan("staf.trawas", b, 7, null, null);

        Berkas akhir = repo.cari(b.id()).orElseThrow();
        assertThat(akhir.status()).isEqualTo(Berkas.SELESAI);
        assertThat(akhir.nomorRegister()).matches("\\d{3}/[A-Z]+/[IVX]+/\\d{4}");
        assertThat(layanan.tugasProses(b.prosesId())).isEmpty();

        List<CatatanLangkah> riwayat = repo.langkah(b.id());
        assertThat(riwayat).extracting(CatatanLangkah::langkahNo).containsExactly(1, 2, 1, 2, 3, 4, 5, 6, 7);
        assertThat(riwayat).allSatisfy(c -> {
            assertThat(c.selesai()).isNotNull();
            assertThat(c.durasiMenit()).isNotNull();
            assertThat(c.tenggat()).isNotNull();
        });
        assertThat(riwayat.get(1).keputusan()).isEqualTo("TIDAK");
        assertThat(riwayat.get(1).catatan()).isEqualTo("Surat pengantar desa belum ada");
        assertThat(riwayat.get(5)).extracting(CatatanLangkah::oleh, CatatanLangkah::peran)
                .containsExactly("kasi.trawas", "KASI");
        assertThat(riwayat.get(6)).extracting(CatatanLangkah::oleh, CatatanLangkah::peran)
                .containsExactly("camat.trawas", "CAMAT");

        // SLA figures count every finished step of the SOP in Trawas, step 1 and 2 twice in this case.
        var sla = konteks.getBean(SlaSop.class).hitung(SOP, "35.16.04");
        assertThat(sla).extracting(SlaSop.BarisSla::langkahNo).contains(1, 2, 3, 4, 5, 6, 7);
        assertThat(sla).allSatisfy(r -> {
            assertThat(r.jumlah()).isPositive();
            assertThat(r.medianMenit()).isNotNull();
            assertThat(r.p90Menit()).isGreaterThanOrEqualTo(r.medianMenit());
            assertThat(r.tepatWaktu() + r.terlambat()).isEqualTo(r.jumlah());
        });
    }

    @Test
    void aLateStepFiresItsTimerAndEscalatesToTheKasi() {
        var staf = sebagai("staf.trawas");
        Berkas b = layanan.mulai(SOP, DESA, "Pemohon Terlambat", null, null, staf);
        selesaikan("staf.trawas", b, 1, null, null);
        Task cek = satuTugas(b);
        assertThat(nomorLangkah(cek)).isEqualTo(2);
        CatatanLangkah catatan = repo.langkahTugas(cek.getId()).orElseThrow();
        // The deadline is the 5-minute standard in Trawas working time from when the step started.
        assertThat(catatan.tenggat()).isEqualTo(kalender.tenggat("35.16.04", catatan.mulai(), 5, ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.MILLIS));
        assertThat(cek.getDueDate().toInstant()).isEqualTo(catatan.tenggat());

        var timer = management.createTimerJobQuery().processInstanceId(b.prosesId()).singleResult();
        assertThat(timer).isNotNull();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(catatan.tenggat());

        // Time passes beyond the deadline; the engine's job runs the escalation.
        flowable.getClock().setCurrentTime(Date.from(catatan.tenggat().plus(1, ChronoUnit.MINUTES)));
        management.moveTimerToExecutableJob(timer.getId());
        management.executeJob(timer.getId());

        CatatanLangkah terlambat = repo.langkahTugas(cek.getId()).orElseThrow();
        assertThat(terlambat.terlambat()).isTrue();
        assertThat(terlambat.dieskalasiKe()).isEqualTo("KASI@35.16.04");
        assertThat(tugas.getIdentityLinksForTask(cek.getId())).anySatisfy(l ->
                assertThat(l.getGroupId()).isEqualTo("KASI@35.16.04"));
        assertThat(peristiwa.stream(LangkahTerlambat.class)).anySatisfy(e -> assertThat(e).isEqualTo(
                new LangkahTerlambat(b.nomor(), SOP, 2, "STAF", "KASI@35.16.04")));

        // The kasi now sees the late step and the step keeps counting as late when done.
        assertThat(layanan.kotakTugas(sebagai("kasi.trawas"), 0, 500)).extracting(Task::getId).contains(cek.getId());
        // The dashboard counts it as late for the kasi (Flowable's clock is past the deadline).
        assertThat(layanan.jumlahTerlambat(sebagai("kasi.trawas"))).isPositive();
        selesaikan("staf.trawas", b, 2, "YA", null);
        assertThat(repo.langkahTugas(cek.getId()).orElseThrow().terlambat()).isTrue();
    }

    @Test
    void cannotStartOutsideTheScopeOrWithoutTheFirstStepsRole() {
        var staf = sebagai("staf.trawas");
        assertThatThrownBy(() -> layanan.mulai(SOP, "14.04.01.2004", "X", null, null, staf))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        var camat = sebagai("camat.trawas");
        assertThatThrownBy(() -> layanan.mulai(SOP, DESA, "X", null, null, camat))
                .isInstanceOf(GalatValidasi.class)
                .satisfies(e -> assertThat(((GalatValidasi) e).galat()).containsKey("sopKode"));
        assertThatThrownBy(() -> layanan.mulai("TIDAK-ADA", DESA, "X", null, null, staf))
                .isInstanceOf(GalatValidasi.class);
    }
}
