package id.pelita.antropometri.internal;

import id.pelita.antropometri.HasilKenaikan;
import id.pelita.antropometri.HasilZskor;
import id.pelita.antropometri.Indikator;
import id.pelita.antropometri.KalkulatorZskor;
import id.pelita.antropometri.Kelamin;
import id.pelita.antropometri.Pengukuran;
import id.pelita.antropometri.Penimbangan;
import id.pelita.antropometri.TitikGrafik;

import java.time.LocalDate;
import java.util.List;

/** Implementation on WHO's tables (work in progress: API first). */
public final class KalkulatorWho implements KalkulatorZskor {

    public static KalkulatorWho muat() {
        return new KalkulatorWho();
    }

    @Override
    public HasilZskor hitung(Pengukuran pengukuran) {
        throw new UnsupportedOperationException("belum");
    }

    @Override
    public HasilKenaikan nilaiKenaikan(LocalDate tanggalLahir, Penimbangan kini, Penimbangan sebelumnya) {
        throw new UnsupportedOperationException("belum");
    }

    @Override
    public int kbmGram(int umurBulan) {
        throw new UnsupportedOperationException("belum");
    }

    @Override
    public String grafikSvg(Indikator indikator, Kelamin kelamin, LocalDate tanggalLahir, List<TitikGrafik> titik) {
        throw new UnsupportedOperationException("belum");
    }
}
