package id.pelita.antropometri.internal;

import id.pelita.antropometri.KategoriBbTb;
import id.pelita.antropometri.KategoriBbU;
import id.pelita.antropometri.KategoriImtU;
import id.pelita.antropometri.KategoriTbU;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Categories of Permenkes 2/2020 at their boundaries. The regulation's table (Lampiran, "Kategori dan Ambang
 * Batas Status Gizi Anak") reads e.g. for BB/U: sangat kurang &lt; −3 SD; kurang −3 SD s.d. &lt; −2 SD; normal
 * −2 SD s.d. +1 SD; risiko lebih &gt; +1 SD. So −3 and −2 belong to the upper class, +1 (+2, +3) to the lower.
 * z is compared after rounding to 2 decimals (the value shown): −3.004 shows as −3.00 and is "kurang".
 */
class KategoriTest {

    @Test
    void tbU() {
        assertThat(KalkulatorWho.kategoriTbU(-3.006)).isEqualTo(KategoriTbU.SANGAT_PENDEK);
        assertThat(KalkulatorWho.kategoriTbU(-3.004)).isEqualTo(KategoriTbU.PENDEK);
        assertThat(KalkulatorWho.kategoriTbU(-3.0)).isEqualTo(KategoriTbU.PENDEK);
        assertThat(KalkulatorWho.kategoriTbU(-2.01)).isEqualTo(KategoriTbU.PENDEK);
        assertThat(KalkulatorWho.kategoriTbU(-2.0)).isEqualTo(KategoriTbU.NORMAL);
        assertThat(KalkulatorWho.kategoriTbU(3.0)).isEqualTo(KategoriTbU.NORMAL);
        assertThat(KalkulatorWho.kategoriTbU(3.004)).isEqualTo(KategoriTbU.NORMAL);
        assertThat(KalkulatorWho.kategoriTbU(3.01)).isEqualTo(KategoriTbU.TINGGI);
        assertThat(KalkulatorWho.kategoriTbU(null)).isNull();
    }

    @Test
    void bbU() {
        assertThat(KalkulatorWho.kategoriBbU(-3.01)).isEqualTo(KategoriBbU.BERAT_BADAN_SANGAT_KURANG);
        assertThat(KalkulatorWho.kategoriBbU(-3.0)).isEqualTo(KategoriBbU.BERAT_BADAN_KURANG);
        assertThat(KalkulatorWho.kategoriBbU(-2.01)).isEqualTo(KategoriBbU.BERAT_BADAN_KURANG);
        assertThat(KalkulatorWho.kategoriBbU(-2.0)).isEqualTo(KategoriBbU.BERAT_BADAN_NORMAL);
        assertThat(KalkulatorWho.kategoriBbU(-2.004)).isEqualTo(KategoriBbU.BERAT_BADAN_NORMAL);
        assertThat(KalkulatorWho.kategoriBbU(1.0)).isEqualTo(KategoriBbU.BERAT_BADAN_NORMAL);
        assertThat(KalkulatorWho.kategoriBbU(1.01)).isEqualTo(KategoriBbU.RISIKO_BERAT_BADAN_LEBIH);
    }

    @Test
    void bbTb() {
        assertThat(KalkulatorWho.kategoriBbTb(-3.01)).isEqualTo(KategoriBbTb.GIZI_BURUK);
        assertThat(KalkulatorWho.kategoriBbTb(-3.0)).isEqualTo(KategoriBbTb.GIZI_KURANG);
        assertThat(KalkulatorWho.kategoriBbTb(-2.0)).isEqualTo(KategoriBbTb.GIZI_BAIK);
        assertThat(KalkulatorWho.kategoriBbTb(1.0)).isEqualTo(KategoriBbTb.GIZI_BAIK);
        assertThat(KalkulatorWho.kategoriBbTb(1.01)).isEqualTo(KategoriBbTb.BERISIKO_GIZI_LEBIH);
        assertThat(KalkulatorWho.kategoriBbTb(2.0)).isEqualTo(KategoriBbTb.BERISIKO_GIZI_LEBIH);
        assertThat(KalkulatorWho.kategoriBbTb(2.01)).isEqualTo(KategoriBbTb.GIZI_LEBIH);
        assertThat(KalkulatorWho.kategoriBbTb(3.0)).isEqualTo(KategoriBbTb.GIZI_LEBIH);
        assertThat(KalkulatorWho.kategoriBbTb(3.01)).isEqualTo(KategoriBbTb.OBESITAS);
    }

    @Test
    void imtUnderFiveIsLikeBbTb() {
        assertThat(KalkulatorWho.kategoriImtU(-3.01, true)).isEqualTo(KategoriImtU.GIZI_BURUK);
        assertThat(KalkulatorWho.kategoriImtU(-3.0, true)).isEqualTo(KategoriImtU.GIZI_KURANG);
        assertThat(KalkulatorWho.kategoriImtU(-2.0, true)).isEqualTo(KategoriImtU.GIZI_BAIK);
        assertThat(KalkulatorWho.kategoriImtU(1.0, true)).isEqualTo(KategoriImtU.GIZI_BAIK);
        assertThat(KalkulatorWho.kategoriImtU(1.01, true)).isEqualTo(KategoriImtU.BERISIKO_GIZI_LEBIH);
        assertThat(KalkulatorWho.kategoriImtU(2.0, true)).isEqualTo(KategoriImtU.BERISIKO_GIZI_LEBIH);
        assertThat(KalkulatorWho.kategoriImtU(2.01, true)).isEqualTo(KategoriImtU.GIZI_LEBIH);
        assertThat(KalkulatorWho.kategoriImtU(3.0, true)).isEqualTo(KategoriImtU.GIZI_LEBIH);
        assertThat(KalkulatorWho.kategoriImtU(3.01, true)).isEqualTo(KategoriImtU.OBESITAS);
    }

    @Test
    void imtFiveToEighteenHasFiveClasses() {
        assertThat(KalkulatorWho.kategoriImtU(-3.01, false)).isEqualTo(KategoriImtU.GIZI_BURUK);
        assertThat(KalkulatorWho.kategoriImtU(-3.0, false)).isEqualTo(KategoriImtU.GIZI_KURANG);
        assertThat(KalkulatorWho.kategoriImtU(-2.0, false)).isEqualTo(KategoriImtU.GIZI_BAIK);
        assertThat(KalkulatorWho.kategoriImtU(1.0, false)).isEqualTo(KategoriImtU.GIZI_BAIK);
        assertThat(KalkulatorWho.kategoriImtU(1.01, false)).isEqualTo(KategoriImtU.GIZI_LEBIH);
        assertThat(KalkulatorWho.kategoriImtU(2.0, false)).isEqualTo(KategoriImtU.GIZI_LEBIH);
        assertThat(KalkulatorWho.kategoriImtU(2.01, false)).isEqualTo(KategoriImtU.OBESITAS);
    }
}
