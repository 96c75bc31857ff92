package id.pelita.posyandu.internal;

import id.pelita.antropometri.Bendera;
import id.pelita.antropometri.HasilZskor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plausibility of a posyandu measurement, in two tiers. Hard limits (a value no under-five can have: weight
 * 0.5–40 kg, length/height 40–130 cm, head 25–60 cm, LiLA 6–30 cm; a length without the position used) are
 * refused outright. Warnings (WHO's implausible z-scores, a weight change over 2 kg or a length shrinking by
 * more than 1 cm since the last measurement within 3 months) are refused until the cadre ticks "yakin".
 */
@Component
class PemeriksaKewajaran {

    static final double BERAT_MIN = 0.5, BERAT_MAKS = 40;
    static final double PANJANG_MIN = 40, PANJANG_MAKS = 130;
    static final double LK_MIN = 25, LK_MAKS = 60;
    static final double LILA_MIN = 6, LILA_MAKS = 30;
    private static final Locale ID = Locale.forLanguageTag("id");

    private final MessageSource pesan;

    PemeriksaKewajaran(MessageSource pesan) {
        this.pesan = pesan;
    }

    /** The typed values as numbers, or refused with reasons. */
    record Nilai(Double berat, Double panjang, String caraUkur, Double lingkarKepala, Double lila) {
    }

    Nilai periksaBatas(IsianUkur f) {
        List<String> alasan = new ArrayList<>();
        Double berat = angka(f.berat(), "posyandu.kewajaran.berat.bukan-angka", alasan);
        Double panjang = angka(f.panjang(), "posyandu.kewajaran.panjang.bukan-angka", alasan);
        Double lk = angka(f.lingkarKepala(), "posyandu.kewajaran.lk.bukan-angka", alasan);
        Double lila = angka(f.lila(), "posyandu.kewajaran.lila.bukan-angka", alasan);
        rentang(berat, BERAT_MIN, BERAT_MAKS, "posyandu.kewajaran.berat", alasan);
        rentang(panjang, PANJANG_MIN, PANJANG_MAKS, "posyandu.kewajaran.panjang", alasan);
        rentang(lk, LK_MIN, LK_MAKS, "posyandu.kewajaran.lk", alasan);
        rentang(lila, LILA_MIN, LILA_MAKS, "posyandu.kewajaran.lila", alasan);
        String cara = f.caraUkur() == null || f.caraUkur().isBlank() ? null : f.caraUkur().strip();
        if (cara != null && !cara.equals("TELENTANG") && !cara.equals("BERDIRI")) {
            cara = null;
        }
        if (panjang != null && cara == null) {
            alasan.add(t("posyandu.kewajaran.cara-ukur"));
        }
        if (berat == null && panjang == null && alasan.isEmpty()) {
            alasan.add(t("posyandu.kewajaran.kosong"));
        }
        if (!alasan.isEmpty()) {
            throw new DitolakKewajaran(alasan, false);
        }
        return new Nilai(berat, panjang, cara, lk, lila);
    }

    /** Warnings against WHO's limits and the child's previous measurement; refused unless {@code yakin}. */
    void periksaPeringatan(Nilai n, HasilZskor hasil, LocalDate tanggal, Optional<Model.Ukur> sebelumnya,
                           boolean yakin) {
        if (yakin) {
            return;
        }
        List<String> alasan = new ArrayList<>();
        for (Bendera b : hasil.bendera()) {
            if (b.kode() == Bendera.Kode.TIDAK_MASUK_AKAL) {
                alasan.add(t("posyandu.kewajaran.who", t("posyandu.indeks." + b.indikator()),
                        format(hasil.z(b.indikator()))));
            }
        }
        if (sebelumnya.isPresent()) {
            Model.Ukur s = sebelumnya.get();
            long hari = ChronoUnit.DAYS.between(s.tanggalUkur(), tanggal);
            if (hari > 0 && hari <= 92) {
                if (n.berat() != null && s.beratKg() != null
                        && Math.abs(n.berat() - s.beratKg().doubleValue()) > 2.0) {
                    alasan.add(t("posyandu.kewajaran.berat-berubah", format(s.beratKg().doubleValue()),
                            format(n.berat()), hari));
                }
                if (hasil.panjangDipakaiCm() != null && s.panjangDipakaiCm() != null
                        && s.panjangDipakaiCm().doubleValue() - hasil.panjangDipakaiCm() > 1.0) {
                    alasan.add(t("posyandu.kewajaran.panjang-turun", format(s.panjangDipakaiCm().doubleValue()),
                            format(hasil.panjangDipakaiCm())));
                }
            }
        }
        if (!alasan.isEmpty()) {
            throw new DitolakKewajaran(alasan, true);
        }
    }

    private Double angka(String teks, String kunci, List<String> alasan) {
        if (teks == null || teks.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(teks.strip().replace(',', '.'));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
        } catch (NumberFormatException e) {
            alasan.add(t(kunci, teks.strip()));
            return null;
        }
    }

    private void rentang(Double v, double min, double maks, String kunci, List<String> alasan) {
        if (v != null && (v < min || v > maks)) {
            alasan.add(t(kunci, format(v), format(min), format(maks)));
        }
    }

    static String format(Double d) {
        if (d == null) {
            return "–";
        }
        String s = BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        return s.replace('.', ',');
    }

    private String t(String kunci, Object... arg) {
        return pesan.getMessage(kunci, arg, ID);
    }
}
