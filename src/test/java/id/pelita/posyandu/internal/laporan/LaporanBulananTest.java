package id.pelita.posyandu.internal.laporan;

import id.pelita.PelitaTest;
import id.pelita.wilayah.DirektoriWilayah;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Report figures against the hand-counted fixtures of {@link FiksturLaporan}. */
@PelitaTest
class LaporanBulananTest {

    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    HitungLaporan hitung;
    @Autowired
    DirektoriWilayah wilayah;

    @BeforeEach
    void fikstur() {
        FiksturLaporan.pastikan(jdbc);
    }

    private LaporanBulanan laporan(String kode, YearMonth bulan) {
        return hitung.hitung(wilayah.cari(kode).orElseThrow(), bulan);
    }

    @Test
    void angkaDesaDihitungTangan() {
        Angka a = laporan(FiksturLaporan.DESA, SEPTEMBER).total();
        // S: A1 A2 A3 A4 B1 B2 (the five-year-old is out); K: A1 A2 B1 B2; D: A1 A2 A4 B1; N: A1 A4 B1.
        assertThat(a.s()).isEqualTo(6);
        assertThat(a.k()).isEqualTo(4);
        assertThat(a.d()).isEqualTo(4);
        assertThat(a.n()).isEqualTo(3);
        assertThat(a.dPerS()).isEqualTo(66.7);
        assertThat(a.nPerD()).isEqualTo(75.0);
        // TB/U measured: A1 A2 A4 B1 B2; stunted A2 (-2.3), A4 (-2.1, its later September measurement), B1 (-2.6).
        assertThat(a.tbuDiukur()).isEqualTo(5);
        assertThat(a.pendek()).isEqualTo(3);
        assertThat(a.prevalensiStunting()).isEqualTo(60.0);
        // BB/TB and BB/U: A1 A2 A4 B1; wasted A2, overweight A4, underweight A2.
        assertThat(a.bbtbDiukur()).isEqualTo(4);
        assertThat(a.kurus()).isEqualTo(1);
        assertThat(a.gemuk()).isEqualTo(1);
        assertThat(a.bbuDiukur()).isEqualTo(4);
        assertThat(a.beratKurang()).isEqualTo(1);
        assertThat(a.prevalensiWasting()).isEqualTo(25.0);
        assertThat(a.prevalensiOverweight()).isEqualTo(25.0);
        assertThat(a.prevalensiUnderweight()).isEqualTo(25.0);
        // New: A2 (was -1.0), A4 (no earlier measurement). Resolved: A1 (was -2.5). B1 stays stunted.
        assertThat(a.baru()).isEqualTo(2);
        assertThat(a.sembuh()).isEqualTo(1);
    }

    @Test
    void angkaPerPosyanduKecamatanDanIntervensi() {
        LaporanBulanan desa = laporan(FiksturLaporan.DESA, SEPTEMBER);
        var mawar = desa.perPosyandu().stream().filter(b -> FiksturLaporan.MAWAR.equals(b.nama())).findFirst().orElseThrow();
        assertThat(mawar.angka()).isEqualTo(new Angka(4, 2, 3, 2, 3, 2, 3, 1, 1, 3, 1, 2, 1));
        var melati = desa.perPosyandu().stream().filter(b -> FiksturLaporan.MELATI.equals(b.nama())).findFirst().orElseThrow();
        assertThat(melati.angka()).isEqualTo(new Angka(2, 2, 1, 1, 2, 1, 1, 0, 0, 1, 0, 0, 0));
        // Running in September: A2's eggs, A4's eggs (from 20 August, 20 days) and milk; B1's fish ended 29 August.
        assertThat(desa.intervensi()).isEqualTo(Map.of("TELUR", 2L, "SUSU", 1L));
        assertThat(desa.anakIntervensi()).isEqualTo(2);

        LaporanBulanan kec = laporan(FiksturLaporan.KECAMATAN, SEPTEMBER);
        var sungaiberapit = kec.perDesa().stream().filter(b -> b.kode().equals(FiksturLaporan.DESA)).findFirst().orElseThrow();
        assertThat(sungaiberapit.angka()).isEqualTo(desa.total());
        // C1: book handed over in October, so no K; weighed, judgement O (not weighed last month) is not N.
        var panglima = kec.perDesa().stream().filter(b -> b.kode().equals(FiksturLaporan.DESA_LAIN)).findFirst().orElseThrow();
        assertThat(panglima.angka()).isEqualTo(new Angka(1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0));
        // Every village of Concong has a row; the total is their sum.
        assertThat(kec.perDesa()).hasSize(wilayah.anak(FiksturLaporan.KECAMATAN).size());
        assertThat(kec.perDesa().stream().map(LaporanBulanan.Baris::angka).reduce(Angka.NOL, Angka::tambah))
                .isEqualTo(kec.total());

        // August: A1, A2, A3, B1 measured (A4, B2 not yet); stunted A1, A3, B1 — all new (no earlier measurement).
        Angka agustus = laporan(FiksturLaporan.DESA, YearMonth.of(2026, 8)).total();
        assertThat(agustus.d()).isEqualTo(4);
        assertThat(agustus.pendek()).isEqualTo(3);
        assertThat(agustus.baru()).isEqualTo(3);
        assertThat(agustus.sembuh()).isZero();
    }
}
