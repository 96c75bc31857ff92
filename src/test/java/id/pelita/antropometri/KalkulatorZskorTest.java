package id.pelita.antropometri;

import id.pelita.inti.GalatValidasi;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The public API's behaviour: the 24-month rules, oedema, ranges, flags, age counting, KMS and the chart. */
class KalkulatorZskorTest {

    static final KalkulatorZskor K = KalkulatorZskor.standar();

    private static HasilZskor hari(Kelamin k, int hari, Double berat, Double panjang, CaraUkur cara, boolean edema) {
        return K.hitung(Pengukuran.dariUmurHari(k, hari, berat, panjang, cara, edema));
    }

    @Test
    void standingBelow24MonthsAdds07AndLyingFrom24MonthsSubtracts07() {
        // 700 days = 22 completed months: measured standing 80.0 → 80.7 cm, same z as lying 80.7
        HasilZskor berdiri = hari(Kelamin.LAKI_LAKI, 700, 10.5, 80.0, CaraUkur.BERDIRI, false);
        HasilZskor baring = hari(Kelamin.LAKI_LAKI, 700, 10.5, 80.7, CaraUkur.TELENTANG, false);
        assertThat(berdiri.panjangDipakaiCm()).isCloseTo(80.7, within(1e-9));
        assertThat(berdiri.zlen()).isEqualTo(baring.zlen());
        assertThat(berdiri.zwfl()).isEqualTo(baring.zwfl());
        assertThat(berdiri.zbmi()).isEqualTo(baring.zbmi());
        assertThat(berdiri.adaBendera(Bendera.Kode.DIKOREKSI_0_7_CM)).isTrue();
        assertThat(baring.adaBendera(Bendera.Kode.DIKOREKSI_0_7_CM)).isFalse();
        assertThat(berdiri.bbTbPakaiTinggi()).isFalse();

        // 800 days = 26 completed months: measured lying 90.0 → 89.3 cm, same as standing 89.3
        HasilZskor baring2 = hari(Kelamin.PEREMPUAN, 800, 12.0, 90.0, CaraUkur.TELENTANG, false);
        HasilZskor berdiri2 = hari(Kelamin.PEREMPUAN, 800, 12.0, 89.3, CaraUkur.BERDIRI, false);
        assertThat(baring2.panjangDipakaiCm()).isCloseTo(89.3, within(1e-9));
        assertThat(baring2.zlen()).isEqualTo(berdiri2.zlen());
        assertThat(baring2.zwfl()).isEqualTo(berdiri2.zwfl());
        assertThat(baring2.bbTbPakaiTinggi()).isTrue();
        // unknown: no correction
        assertThat(hari(Kelamin.PEREMPUAN, 800, 12.0, 90.0, CaraUkur.TIDAK_DIKETAHUI, false).panjangDipakaiCm()).isEqualTo(90.0);
    }

    @Test
    void from24CompletedMonthsTheHeightTablesApply() {
        // 730 days = 23 completed months (730 / 30.4375 = 23.98): length tables; 731 days = 24: height tables
        HasilZskor h730 = hari(Kelamin.LAKI_LAKI, 730, 12.0, 87.0, CaraUkur.TIDAK_DIKETAHUI, false);
        HasilZskor h731 = hari(Kelamin.LAKI_LAKI, 731, 12.0, 87.0, CaraUkur.TIDAK_DIKETAHUI, false);
        assertThat(h730.umurBulan()).isEqualTo(23);
        assertThat(h731.umurBulan()).isEqualTo(24);
        assertThat(h730.bbTbPakaiTinggi()).isFalse();
        assertThat(h731.bbTbPakaiTinggi()).isTrue();
        // WHO's height median at 24 months is 0.7 cm below the length median: the same 87 cm scores higher standing
        assertThat(h731.zlen()).isGreaterThan(h730.zlen() + 0.15);
    }

    @Test
    void oedemaLeavesOutTheWeightBasedIndices() {
        HasilZskor h = hari(Kelamin.PEREMPUAN, 400, 6.0, 72.0, CaraUkur.TELENTANG, true);
        assertThat(h.zlen()).isNotNull();
        assertThat(h.kategoriTbU()).isNotNull();
        assertThat(h.zwei()).isNull();
        assertThat(h.zwfl()).isNull();
        assertThat(h.zbmi()).isNull();
        assertThat(h.kategoriBbU()).isNull();
        assertThat(h.kategoriBbTb()).isNull();
        assertThat(h.kategoriImtU()).isNull();
        for (Indikator i : List.of(Indikator.BB_U, Indikator.BB_TB, Indikator.IMT_U)) {
            assertThat(h.bendera(i)).extracting(Bendera::kode).contains(Bendera.Kode.EDEMA);
        }
    }

    @Test
    void outOfRangeInputsAreRejectedWithAReason() {
        HasilZskor berat = hari(Kelamin.LAKI_LAKI, 300, 0.5, 70.0, CaraUkur.TELENTANG, false);
        assertThat(berat.zwei()).isNull();
        assertThat(berat.zwfl()).isNull();
        assertThat(berat.zbmi()).isNull();
        assertThat(berat.zlen()).isNotNull();
        assertThat(berat.bendera()).anySatisfy(b -> {
            assertThat(b.kode()).isEqualTo(Bendera.Kode.DI_LUAR_RENTANG);
            assertThat(b.keterangan()).contains("berat 0.5 kg").contains("0.9–58");
        });

        HasilZskor panjang = hari(Kelamin.LAKI_LAKI, 300, 8.0, 30.0, CaraUkur.TELENTANG, false);
        assertThat(panjang.zlen()).isNull();
        assertThat(panjang.zwei()).isNotNull();
        assertThat(panjang.bendera()).anySatisfy(b -> assertThat(b.keterangan()).contains("panjang/tinggi 30 cm"));

        // 115 cm is in the height table but not in the length table (45–110 cm) used below 24 months
        HasilZskor wfl = hari(Kelamin.LAKI_LAKI, 600, 20.0, 115.0, CaraUkur.TELENTANG, false);
        assertThat(wfl.zwfl()).isNull();
        assertThat(wfl.bendera(Indikator.BB_TB)).anySatisfy(b -> {
            assertThat(b.kode()).isEqualTo(Bendera.Kode.DI_LUAR_RENTANG);
            assertThat(b.keterangan()).contains("45–110");
        });

        HasilZskor tua = K.hitung(Pengukuran.dariTanggal(Kelamin.PEREMPUAN, LocalDate.of(2005, 1, 1),
                LocalDate.of(2024, 2, 1), 50.0, 160.0, CaraUkur.BERDIRI, false));
        assertThat(tua.umurBulan()).isEqualTo(229);
        assertThat(tua.zlen()).isNull();
        assertThat(tua.zbmi()).isNull();
        assertThat(tua.bendera()).singleElement().satisfies(b -> {
            assertThat(b.indikator()).isNull();
            assertThat(b.kode()).isEqualTo(Bendera.Kode.DI_LUAR_RENTANG);
        });

        assertThatThrownBy(() -> Pengukuran.dariUmurHari(Kelamin.LAKI_LAKI, -1, 3.0, 50.0, null, false))
                .isInstanceOf(GalatValidasi.class);
        assertThatThrownBy(() -> Pengukuran.dariUmurHari(null, 10, 3.0, 50.0, null, false))
                .isInstanceOf(GalatValidasi.class)
                .satisfies(e -> assertThat(((GalatValidasi) e).galat()).containsKey("kelamin"));
        assertThatThrownBy(() -> Pengukuran.dariTanggal(Kelamin.LAKI_LAKI, LocalDate.of(2024, 5, 2),
                LocalDate.of(2024, 5, 1), 3.0, 50.0, null, false)).isInstanceOf(GalatValidasi.class);
    }

    @Test
    void missingValuesOnlyLeaveOutWhatNeedsThem() {
        HasilZskor h = hari(Kelamin.LAKI_LAKI, 400, 9.5, null, null, false);
        assertThat(h.zwei()).isNotNull();
        assertThat(h.zlen()).isNull();
        assertThat(h.zwfl()).isNull();
        assertThat(h.bendera(Indikator.TB_U)).extracting(Bendera::kode).containsExactly(Bendera.Kode.DATA_KURANG);
    }

    @Test
    void implausibleZIsKeptAndFlaggedWithoutCategory() {
        // boys, 12 months, 60 cm: far below −6 SD of length-for-age
        HasilZskor h = hari(Kelamin.LAKI_LAKI, 366, 8.0, 60.0, CaraUkur.TELENTANG, false);
        assertThat(h.zlen()).isLessThan(-6);
        assertThat(h.kategoriTbU()).isNull();
        assertThat(h.bendera(Indikator.TB_U)).extracting(Bendera::kode).contains(Bendera.Kode.TIDAK_MASUK_AKAL);
        // a weight-for-age above +5 is implausible, one at +4.5 is not
        HasilZskor berat = hari(Kelamin.LAKI_LAKI, 366, 25.0, 76.0, CaraUkur.TELENTANG, false);
        assertThat(berat.zwei()).isGreaterThan(5);
        assertThat(berat.kategoriBbU()).isNull();
    }

    @Test
    void restrictedZThroughTheApiAtATableRow() {
        // girl, 400 days (13 months, lying), 80.0 cm = a row of WHO's weight-for-length table: see LmsTest
        HasilZskor gemuk = hari(Kelamin.PEREMPUAN, 400, 15.0, 80.0, CaraUkur.TELENTANG, false);
        assertThat(gemuk.zwfl()).isCloseTo(4.2912050396, within(1e-9));
        assertThat(gemuk.kategoriBbTb()).isEqualTo(KategoriBbTb.OBESITAS);
        HasilZskor kurus = hari(Kelamin.PEREMPUAN, 400, 7.0, 80.0, CaraUkur.TELENTANG, false);
        assertThat(kurus.zwfl()).isCloseTo(-4.2161568229, within(1e-9));
        assertThat(kurus.kategoriBbTb()).isEqualTo(KategoriBbTb.GIZI_BURUK);
    }

    @Test
    void olderChildrenGetHeightAndBmiOnWho2007() {
        // boy, 10 years 0 months (120 completed months), WHO Reference 2007
        HasilZskor h = K.hitung(Pengukuran.dariTanggal(Kelamin.LAKI_LAKI, LocalDate.of(2014, 3, 1),
                LocalDate.of(2024, 3, 1), 31.0, 138.0, CaraUkur.BERDIRI, false));
        assertThat(h.umurBulan()).isEqualTo(120);
        assertThat(h.zlen()).isNotNull();
        assertThat(h.zbmi()).isNotNull();
        assertThat(h.zwei()).isNull();
        assertThat(h.zwfl()).isNull();
        assertThat(h.bendera(Indikator.BB_U)).extracting(Bendera::kode).containsExactly(Bendera.Kode.TIDAK_BERLAKU);
        // BMI 16.28 at 10 y: near WHO 2007's median 16.4 → gizi baik (five classes after 60 months)
        assertThat(h.kategoriImtU()).isEqualTo(KategoriImtU.GIZI_BAIK);
    }

    @Test
    void ageInCompletedMonths() {
        // calendar months from a birth date
        assertThat(Pengukuran.umurBulanPenuh(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29))).isZero();
        assertThat(Pengukuran.umurBulanPenuh(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 1))).isEqualTo(1);
        assertThat(Pengukuran.umurBulanPenuh(LocalDate.of(2022, 5, 15), LocalDate.of(2024, 5, 14))).isEqualTo(23);
        assertThat(Pengukuran.umurBulanPenuh(LocalDate.of(2022, 5, 15), LocalDate.of(2024, 5, 15))).isEqualTo(24);
        // floor(days / 30.4375)
        assertThat(Pengukuran.umurBulanPenuh(30)).isZero();
        assertThat(Pengukuran.umurBulanPenuh(31)).isEqualTo(1);
        assertThat(Pengukuran.umurBulanPenuh(730)).isEqualTo(23);
        assertThat(Pengukuran.umurBulanPenuh(731)).isEqualTo(24);
        assertThat(Pengukuran.umurBulanPenuh(1856)).isEqualTo(60);
        assertThat(Pengukuran.umurBulanPenuh(1857)).isEqualTo(61);
        Pengukuran p = Pengukuran.dariTanggal(Kelamin.LAKI_LAKI, LocalDate.of(2022, 5, 15), LocalDate.of(2024, 5, 15), 12.0,
                88.0, null, false);
        assertThat(p.umurHari()).isEqualTo(731);
        assertThat(p.umurBulan()).isEqualTo(24);
        // 60 completed months is still under-five (BB/U computed), 61 is not
        assertThat(hari(Kelamin.LAKI_LAKI, 1856, 18.0, 110.0, CaraUkur.BERDIRI, false).zwei()).isNotNull();
        assertThat(hari(Kelamin.LAKI_LAKI, 1857, 18.0, 110.0, CaraUkur.BERDIRI, false).zwei()).isNull();
    }

    @Test
    void kmsNaikTidakNaikBaruDanTidakDitimbang() {
        LocalDate lahir = LocalDate.of(2024, 1, 10);
        // 2 months old in March (KBM 900 g): +900 g → N, +899 g → T, loss → T
        HasilKenaikan n = K.nilaiKenaikan(lahir, new Penimbangan(LocalDate.of(2024, 3, 12), 5.4),
                new Penimbangan(LocalDate.of(2024, 2, 14), 4.5));
        assertThat(n.penilaian()).isEqualTo(PenilaianKenaikan.NAIK);
        assertThat(n.penilaian().kode()).isEqualTo("N");
        assertThat(n.kenaikanGram()).isEqualTo(900);
        assertThat(n.kbmGram()).isEqualTo(900);
        assertThat(n.umurBulan()).isEqualTo(2);
        assertThat(K.nilaiKenaikan(lahir, new Penimbangan(LocalDate.of(2024, 3, 12), 5.399),
                new Penimbangan(LocalDate.of(2024, 2, 14), 4.5)).penilaian()).isEqualTo(PenilaianKenaikan.TIDAK_NAIK);
        assertThat(K.nilaiKenaikan(lahir, new Penimbangan(LocalDate.of(2024, 3, 12), 4.4),
                new Penimbangan(LocalDate.of(2024, 2, 14), 4.5)).penilaian().kode()).isEqualTo("T");
        // 12 months old (KBM 200 g): +200 g → N
        assertThat(K.nilaiKenaikan(lahir, new Penimbangan(LocalDate.of(2025, 1, 15), 9.2),
                new Penimbangan(LocalDate.of(2024, 12, 10), 9.0)).penilaian()).isEqualTo(PenilaianKenaikan.NAIK);
        // B: first weighing; O: last weighing two months ago
        assertThat(K.nilaiKenaikan(lahir, new Penimbangan(LocalDate.of(2024, 3, 12), 5.4), null).penilaian().kode())
                .isEqualTo("B");
        HasilKenaikan o = K.nilaiKenaikan(lahir, new Penimbangan(LocalDate.of(2024, 4, 12), 6.4),
                new Penimbangan(LocalDate.of(2024, 2, 14), 4.5));
        assertThat(o.penilaian()).isEqualTo(PenilaianKenaikan.TIDAK_DITIMBANG_BULAN_LALU);
        assertThat(o.penilaian().kode()).isEqualTo("O");
        assertThat(o.kenaikanGram()).isNull();
        // KBM table (Buku KIA): 800, 900, 800, 600, 500, 400, 400, 300, 300, 300, 200 g for 1..11 months, then 200 g
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 59).stream().map(K::kbmGram).toList())
                .containsExactly(800, 900, 800, 600, 500, 400, 400, 300, 300, 300, 200, 200, 200, 200);
    }

    @Test
    void growthChartIsWellFormedSvgWithTheFiveWhoCurvesAndThePoints() throws Exception {
        LocalDate lahir = LocalDate.of(2023, 1, 5);
        List<TitikGrafik> titik = List.of(
                new TitikGrafik(LocalDate.of(2023, 2, 6), 4.4, 54.5, CaraUkur.TELENTANG),
                new TitikGrafik(LocalDate.of(2023, 6, 6), 7.2, 65.0, CaraUkur.TELENTANG),
                new TitikGrafik(LocalDate.of(2024, 1, 8), 9.4, 75.5, CaraUkur.TELENTANG),
                new TitikGrafik(LocalDate.of(2025, 2, 3), 11.9, 86.0, CaraUkur.BERDIRI));
        for (Indikator i : Indikator.values()) {
            String svg = K.grafikSvg(i, Kelamin.PEREMPUAN, lahir, titik);
            Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertThat(d.getDocumentElement().getTagName()).isEqualTo("svg");
            var garis = d.getElementsByTagName("polyline");
            java.util.Set<String> z = new java.util.TreeSet<>();
            for (int k = 0; k < garis.getLength(); k++) {
                String dz = ((org.w3c.dom.Element) garis.item(k)).getAttribute("data-z");
                if (!dz.isEmpty()) {
                    z.add(dz);
                }
            }
            assertThat(z).as(i.name()).containsExactlyInAnyOrder("-3", "-2", "0", "2", "3");
            int titikDigambar = d.getElementsByTagName("circle").getLength();
            // BB/TB draws the weight-for-height chart (last point ≥ 24 months) and its points ≥ 65 cm
            assertThat(titikDigambar).as(i.name()).isEqualTo(i == Indikator.BB_TB ? 3 : 4);
            assertThat(svg).contains("Perempuan");
        }
    }
}
