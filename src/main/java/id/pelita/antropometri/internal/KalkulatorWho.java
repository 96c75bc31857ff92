package id.pelita.antropometri.internal;

import id.pelita.antropometri.Bendera;
import id.pelita.antropometri.CaraUkur;
import id.pelita.antropometri.HasilKenaikan;
import id.pelita.antropometri.HasilZskor;
import id.pelita.antropometri.Indikator;
import id.pelita.antropometri.KalkulatorZskor;
import id.pelita.antropometri.KategoriBbTb;
import id.pelita.antropometri.KategoriBbU;
import id.pelita.antropometri.KategoriImtU;
import id.pelita.antropometri.KategoriTbU;
import id.pelita.antropometri.Kelamin;
import id.pelita.antropometri.Pengukuran;
import id.pelita.antropometri.PenilaianKenaikan;
import id.pelita.antropometri.Penimbangan;
import id.pelita.antropometri.TitikGrafik;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link KalkulatorZskor} on WHO's tables. The method, step by step (see also README, section Antropometri):
 * <ol>
 * <li>Age: completed months (Permenkes 2/2020) decide the table family: below 24 months length tables
 *     (lying), from 24 months height tables (standing); 0–60 months WHO 2006, 61–228 months WHO 2007 (BB/U and
 *     BB/TB do not apply after 60 months). Within a table the age is {@code days / 30.4375} months and L, M, S
 *     are interpolated between the rows (see {@link TabelLms}).</li>
 * <li>Length/height: +0.7 cm when measured standing below 24 months, −0.7 cm when measured lying from 24
 *     months.</li>
 * <li>z: LMS; for BB/U, BB/TB and IMT/U the restricted z beyond ±3 SD ({@link Lms#zTerbatas}); TB/U plain.</li>
 * <li>Flags: oedema → no weight-based z; WHO cleaning limits → z kept, no category; inputs outside the accepted
 *     range → that index not computed.</li>
 * <li>Categories of Permenkes 2/2020 on the z rounded to 2 decimals.</li>
 * </ol>
 */
public final class KalkulatorWho implements KalkulatorZskor {

    /** Oldest age handled: 228 completed months (WHO Reference 2007 ends at 19 years). */
    static final int UMUR_MAKS_BULAN = 228;
    /** Accepted input ranges 0–60 months (WHO Anthro's limits). */
    static final double BERAT_MIN = 0.9;
    static final double BERAT_MAKS_BALITA = 58.0;
    static final double PANJANG_MIN = 38.0;
    static final double PANJANG_MAKS_BALITA = 150.0;
    /** Sanity limits 61–228 months (WHO AnthroPlus range for height; weight only bounds typing errors). */
    static final double BERAT_MAKS_ANAK = 250.0;
    static final double PANJANG_MAKS_ANAK = 230.0;

    /** Minimum monthly weight gain (KBM) in grams by age in completed months 1..11; 200 g from 11 months on. */
    private static final int[] KBM = {800, 800, 900, 800, 600, 500, 400, 400, 300, 300, 300, 200};

    private final TabelWho tabel;

    KalkulatorWho(TabelWho tabel) {
        this.tabel = tabel;
    }

    public static KalkulatorWho muat() {
        return new KalkulatorWho(TabelWho.muat());
    }

    TabelWho tabelWho() {
        return tabel;
    }

    @Override
    public HasilZskor hitung(Pengukuran p) {
        List<Bendera> bendera = new ArrayList<>(4);
        int bulan = p.umurBulan();
        if (bulan > UMUR_MAKS_BULAN) {
            bendera.add(new Bendera(null, Bendera.Kode.DI_LUAR_RENTANG,
                    "umur " + bulan + " bulan di luar rentang 0–" + UMUR_MAKS_BULAN + " bulan"));
            return new HasilZskor(p.umurHari(), bulan, null, null, false, null, null, null, null,
                    null, null, null, null, bendera);
        }
        boolean balita = bulan <= 60;
        boolean bawah24 = bulan < 24;
        double bulanPecahan = p.umurBulanPecahan();
        Kelamin k = p.kelamin();

        Double berat = p.beratKg();
        boolean beratAda = berat != null;
        boolean beratSah = false;
        if (beratAda) {
            double maks = balita ? BERAT_MAKS_BALITA : BERAT_MAKS_ANAK;
            beratSah = berat >= BERAT_MIN && berat <= maks && !berat.isNaN();
            if (!beratSah) {
                bendera.add(new Bendera(null, Bendera.Kode.DI_LUAR_RENTANG,
                        "berat " + angka(berat) + " kg di luar rentang " + angka(BERAT_MIN) + "–" + angka(maks) + " kg"));
            }
        }
        Double panjang = p.panjangCm();
        boolean panjangAda = panjang != null;
        boolean panjangSah = false;
        Double panjangDipakai = null;
        if (panjangAda) {
            double maks = balita ? PANJANG_MAKS_BALITA : PANJANG_MAKS_ANAK;
            panjangSah = panjang >= PANJANG_MIN && panjang <= maks && !panjang.isNaN();
            if (!panjangSah) {
                bendera.add(new Bendera(null, Bendera.Kode.DI_LUAR_RENTANG,
                        "panjang/tinggi " + angka(panjang) + " cm di luar rentang " + angka(PANJANG_MIN) + "–" + angka(maks) + " cm"));
            } else {
                double koreksi = 0;
                if (bawah24 && p.caraUkur() == CaraUkur.BERDIRI) {
                    koreksi = 0.7;
                } else if (!bawah24 && p.caraUkur() == CaraUkur.TELENTANG) {
                    koreksi = -0.7;
                }
                panjangDipakai = panjang + koreksi;
                if (koreksi != 0) {
                    bendera.add(new Bendera(null, Bendera.Kode.DIKOREKSI_0_7_CM, koreksi > 0
                            ? "diukur berdiri di bawah 24 bulan: +0.7 cm"
                            : "diukur telentang mulai 24 bulan: −0.7 cm"));
                }
            }
        }
        double[] lms = new double[3];

        // TB/U: plain LMS (L = 1)
        Double zlen = null;
        if (!panjangAda) {
            bendera.add(new Bendera(Indikator.TB_U, Bendera.Kode.DATA_KURANG, "panjang/tinggi badan tidak diisi"));
        } else if (panjangSah) {
            TabelLms t = tabel.tabel(bawah24 ? TabelWho.Jenis.TB_U_TELENTANG
                    : balita ? TabelWho.Jenis.TB_U_BERDIRI : TabelWho.Jenis.TB_U_2007, k);
            t.lms(bulanPecahan, lms);
            zlen = Lms.z(panjangDipakai, lms[0], lms[1], lms[2]);
        }

        // BB/U: 0–60 months, restricted z
        Double zwei = null;
        if (!balita) {
            bendera.add(new Bendera(Indikator.BB_U, Bendera.Kode.TIDAK_BERLAKU, "BB/U hanya untuk umur 0–60 bulan"));
        } else if (p.edema()) {
            bendera.add(new Bendera(Indikator.BB_U, Bendera.Kode.EDEMA, "edema: z berbasis berat tidak dihitung"));
        } else if (!beratAda) {
            bendera.add(new Bendera(Indikator.BB_U, Bendera.Kode.DATA_KURANG, "berat badan tidak diisi"));
        } else if (beratSah) {
            TabelLms t = tabel.tabel(TabelWho.Jenis.BB_U, k);
            t.lms(bulanPecahan, lms);
            zwei = Lms.zTerbatas(berat, lms[0], lms[1], lms[2]);
        }

        // BB/TB: 0–60 months, weight-for-length below 24 months, weight-for-height from 24, restricted z
        Double zwfl = null;
        if (!balita) {
            bendera.add(new Bendera(Indikator.BB_TB, Bendera.Kode.TIDAK_BERLAKU, "BB/TB hanya untuk umur 0–60 bulan"));
        } else if (p.edema()) {
            bendera.add(new Bendera(Indikator.BB_TB, Bendera.Kode.EDEMA, "edema: z berbasis berat tidak dihitung"));
        } else if (!beratAda || !panjangAda) {
            bendera.add(new Bendera(Indikator.BB_TB, Bendera.Kode.DATA_KURANG, "berat dan panjang/tinggi badan diperlukan"));
        } else if (beratSah && panjangSah) {
            TabelLms t = tabel.tabel(bawah24 ? TabelWho.Jenis.BB_PB : TabelWho.Jenis.BB_TB, k);
            if (t.mencakup(panjangDipakai)) {
                t.lms(panjangDipakai, lms);
                zwfl = Lms.zTerbatas(berat, lms[0], lms[1], lms[2]);
            } else {
                bendera.add(new Bendera(Indikator.BB_TB, Bendera.Kode.DI_LUAR_RENTANG,
                        (bawah24 ? "panjang " : "tinggi ") + angka(panjangDipakai) + " cm di luar tabel "
                                + angka(t.awal()) + "–" + angka(t.akhir()) + " cm"));
            }
        }

        // IMT/U: restricted z
        Double zbmi = null;
        Double imt = null;
        if (beratSah && panjangSah) {
            double meter = panjangDipakai / 100.0;
            imt = berat / (meter * meter);
        }
        if (p.edema()) {
            bendera.add(new Bendera(Indikator.IMT_U, Bendera.Kode.EDEMA, "edema: z berbasis berat tidak dihitung"));
        } else if (!beratAda || !panjangAda) {
            bendera.add(new Bendera(Indikator.IMT_U, Bendera.Kode.DATA_KURANG, "berat dan panjang/tinggi badan diperlukan"));
        } else if (imt != null) {
            TabelLms t = tabel.tabel(bawah24 ? TabelWho.Jenis.IMT_U_TELENTANG
                    : balita ? TabelWho.Jenis.IMT_U_BERDIRI : TabelWho.Jenis.IMT_U_2007, k);
            t.lms(bulanPecahan, lms);
            zbmi = Lms.zTerbatas(imt, lms[0], lms[1], lms[2]);
        }

        // WHO cleaning limits: z kept, flagged, no category
        boolean okLen = dalamBatas(zlen, -6, 6, Indikator.TB_U, bendera);
        boolean okWei = dalamBatas(zwei, -6, 5, Indikator.BB_U, bendera);
        boolean okWfl = dalamBatas(zwfl, -5, 5, Indikator.BB_TB, bendera);
        boolean okBmi = dalamBatas(zbmi, -5, 5, Indikator.IMT_U, bendera);

        return new HasilZskor(p.umurHari(), bulan, panjangDipakai, imt, !bawah24, zlen, zwei, zwfl, zbmi,
                okLen ? kategoriTbU(zlen) : null,
                okWei ? kategoriBbU(zwei) : null,
                okWfl ? kategoriBbTb(zwfl) : null,
                okBmi ? kategoriImtU(zbmi, balita) : null,
                bendera);
    }

    private static boolean dalamBatas(Double z, double min, double maks, Indikator i, List<Bendera> bendera) {
        if (z == null) {
            return false;
        }
        if (z < min || z > maks) {
            bendera.add(new Bendera(i, Bendera.Kode.TIDAK_MASUK_AKAL,
                    "z " + angka2(z) + " di luar batas WHO " + angka(min) + " s.d. +" + angka(maks)));
            return false;
        }
        return true;
    }

    static KategoriTbU kategoriTbU(Double z) {
        if (z == null) {
            return null;
        }
        double r = HasilZskor.bulat2(z);
        if (r < -3) {
            return KategoriTbU.SANGAT_PENDEK;
        }
        if (r < -2) {
            return KategoriTbU.PENDEK;
        }
        return r <= 3 ? KategoriTbU.NORMAL : KategoriTbU.TINGGI;
    }

    static KategoriBbU kategoriBbU(Double z) {
        if (z == null) {
            return null;
        }
        double r = HasilZskor.bulat2(z);
        if (r < -3) {
            return KategoriBbU.BERAT_BADAN_SANGAT_KURANG;
        }
        if (r < -2) {
            return KategoriBbU.BERAT_BADAN_KURANG;
        }
        return r <= 1 ? KategoriBbU.BERAT_BADAN_NORMAL : KategoriBbU.RISIKO_BERAT_BADAN_LEBIH;
    }

    static KategoriBbTb kategoriBbTb(Double z) {
        if (z == null) {
            return null;
        }
        double r = HasilZskor.bulat2(z);
        if (r < -3) {
            return KategoriBbTb.GIZI_BURUK;
        }
        if (r < -2) {
            return KategoriBbTb.GIZI_KURANG;
        }
        if (r <= 1) {
            return KategoriBbTb.GIZI_BAIK;
        }
        if (r <= 2) {
            return KategoriBbTb.BERISIKO_GIZI_LEBIH;
        }
        return r <= 3 ? KategoriBbTb.GIZI_LEBIH : KategoriBbTb.OBESITAS;
    }

    /** 0–60 months: the six classes of BB/TB; 5–18 years: buruk, kurang, baik, lebih (+1..+2), obesitas (&gt; +2). */
    static KategoriImtU kategoriImtU(Double z, boolean balita) {
        if (z == null) {
            return null;
        }
        double r = HasilZskor.bulat2(z);
        if (r < -3) {
            return KategoriImtU.GIZI_BURUK;
        }
        if (r < -2) {
            return KategoriImtU.GIZI_KURANG;
        }
        if (r <= 1) {
            return KategoriImtU.GIZI_BAIK;
        }
        if (!balita) {
            return r <= 2 ? KategoriImtU.GIZI_LEBIH : KategoriImtU.OBESITAS;
        }
        if (r <= 2) {
            return KategoriImtU.BERISIKO_GIZI_LEBIH;
        }
        return r <= 3 ? KategoriImtU.GIZI_LEBIH : KategoriImtU.OBESITAS;
    }

    @Override
    public HasilKenaikan nilaiKenaikan(LocalDate tanggalLahir, Penimbangan kini, Penimbangan sebelumnya) {
        if (tanggalLahir == null || kini == null || kini.tanggal().isBefore(tanggalLahir)) {
            throw new id.pelita.inti.GalatValidasi("tanggal", "antropometri.galat.tanggal");
        }
        int umur = Pengukuran.umurBulanPenuh(tanggalLahir, kini.tanggal());
        if (sebelumnya == null) {
            return new HasilKenaikan(PenilaianKenaikan.BARU, umur, null, null);
        }
        if (!sebelumnya.tanggal().isBefore(kini.tanggal())) {
            throw new id.pelita.inti.GalatValidasi("tanggal", "antropometri.galat.urutan-penimbangan");
        }
        if (!YearMonth.from(sebelumnya.tanggal()).equals(YearMonth.from(kini.tanggal()).minusMonths(1))) {
            return new HasilKenaikan(PenilaianKenaikan.TIDAK_DITIMBANG_BULAN_LALU, umur, null, null);
        }
        int naik = (int) Math.round((kini.beratKg() - sebelumnya.beratKg()) * 1000.0);
        int kbm = kbmGram(umur);
        return new HasilKenaikan(naik >= kbm ? PenilaianKenaikan.NAIK : PenilaianKenaikan.TIDAK_NAIK, umur, naik, kbm);
    }

    @Override
    public int kbmGram(int umurBulan) {
        if (umurBulan < 0) {
            throw new IllegalArgumentException("umur negatif");
        }
        return umurBulan < KBM.length ? KBM[umurBulan] : 200;
    }

    @Override
    public String grafikSvg(Indikator indikator, Kelamin kelamin, LocalDate tanggalLahir, List<TitikGrafik> titik) {
        return new GrafikSvg(tabel).gambar(indikator, kelamin, tanggalLahir, titik);
    }

    static String angka(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String angka2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
