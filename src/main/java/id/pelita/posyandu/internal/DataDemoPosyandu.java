package id.pelita.posyandu.internal;

import id.pelita.antropometri.CaraUkur;
import id.pelita.antropometri.HasilZskor;
import id.pelita.antropometri.Kelamin;
import id.pelita.antropometri.Pengukuran;
import id.pelita.inti.PemuatAwal;
import id.pelita.posyandu.internal.Model.Ukur;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * Demo run only: Posyandu Melati of Desa Sungai Terap (Reteh) with kader.sungaiterap, sessions on the second
 * Tuesday of the month (the coming three scheduled), three fictional mothers and three children with two months
 * of measurements (no finding, so the demo opens no case).
 */
@Component
@Order(50)
class DataDemoPosyandu implements PemuatAwal {

    static final String DESA = "14.04.01.2004";
    static final String POSYANDU = "Posyandu Melati";
    private static final Logger LOG = LoggerFactory.getLogger(DataDemoPosyandu.class);

    private final RepositoriPosyandu repo;
    private final LayananPosyandu layanan;
    private final JdbcClient jdbc;
    private final Clock jam;
    private final boolean demo;

    DataDemoPosyandu(RepositoriPosyandu repo, LayananPosyandu layanan, JdbcClient jdbc, Clock jam,
                     @Value("${pelita.demo-data:false}") boolean demo) {
        this.repo = repo;
        this.layanan = layanan;
        this.jdbc = jdbc;
        this.jam = jam;
        this.demo = demo;
    }

    static LocalDate selasaKedua(LocalDate bulan) {
        return bulan.withDayOfMonth(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    }

    @Override
    @Transactional
    public void muat() {
        if (!demo || jdbc.sql("select count(*) from posyandu").query(Long.class).single() > 0) {
            return;
        }
        OffsetDateTime kini = OffsetDateTime.now(jam);
        LocalDate hariIni = LocalDate.now(jam);
        long p = repo.simpanPosyandu(DESA, POSYANDU, "001", "001", "Balai Desa Sungai Terap", "sistem", kini);
        repo.tambahKader(p, "kader.sungaiterap", true);
        LocalDate bulan = hariIni;
        int dijadwalkan = 0;
        while (dijadwalkan < 3) {
            LocalDate t = selasaKedua(bulan);
            if (!t.isBefore(hariIni)) {
                repo.simpanJadwal(p, t, LocalTime.of(8, 0), LocalTime.of(11, 0), null, "Bawa buku KIA", "sistem", kini);
                dijadwalkan++;
            }
            bulan = bulan.plusMonths(1);
        }
        long rina = repo.simpanIbu(DESA, p, null, "CONTOH RINA", LocalDate.of(1996, 5, 4), null, "sistem", kini);
        repo.serahkanBuku(rina, "KIA-1404012004-001", hariIni.minusMonths(14), "sistem", kini);
        long dewi = repo.simpanIbu(DESA, p, null, "CONTOH DEWI", LocalDate.of(1993, 2, 17), null, "sistem", kini);
        long bayu = repo.simpanAnak(DESA, p, rina, null, "CONTOH BAYU", "L", hariIni.minusMonths(14).minusDays(3),
                new BigDecimal("3.20"), new BigDecimal("49.0"), "sistem", kini);
        long putri = repo.simpanAnak(DESA, p, dewi, null, "CONTOH PUTRI", "P", hariIni.minusMonths(30).plusDays(5),
                new BigDecimal("2.90"), new BigDecimal("48.0"), "sistem", kini);
        long alif = repo.simpanAnak(DESA, p, dewi, null, "CONTOH ALIF", "L", hariIni.minusMonths(8).minusDays(10),
                new BigDecimal("3.40"), new BigDecimal("50.0"), "sistem", kini);
        // Two past sessions: the second Tuesdays of the last two months.
        LocalDate[] tanggal = {selasaKedua(hariIni.minusMonths(2)), selasaKedua(hariIni.minusMonths(1))};
        double[][] bayuUkur = {{9.4, 76.0}, {9.7, 77.1}};
        double[][] putriUkur = {{11.6, 88.5}, {11.8, 89.2}};
        double[][] alifUkur = {{7.6, 67.0}, {7.9, 68.4}};
        for (int i = 0; i < tanggal.length; i++) {
            long s = repo.bukaSesi(p, null, tanggal[i], "kader.sungaiterap", kini);
            ukur(s, bayu, "L", hariIni.minusMonths(14).minusDays(3), tanggal[i], bayuUkur[i], i == 0 ? "B" : "N", kini);
            ukur(s, putri, "P", hariIni.minusMonths(30).plusDays(5), tanggal[i], putriUkur[i], i == 0 ? "B" : "N", kini);
            ukur(s, alif, "L", hariIni.minusMonths(8).minusDays(10), tanggal[i], alifUkur[i], i == 0 ? "B" : "N", kini);
            repo.tutupSesi(s, "Penyuluhan: olahan protein hewani (telur, ikan) untuk MP-ASI.", "kader.sungaiterap", kini);
        }
        LOG.info("Data demo: Posyandu Melati (Sungai Terap) dengan jadwal, 3 ibu dan 3 anak");
    }

    private void ukur(long sesi, long anak, String jk, LocalDate lahir, LocalDate tanggal, double[] bp, String kms,
                      OffsetDateTime kini) {
        if (lahir.isAfter(tanggal)) {
            return;
        }
        CaraUkur cara = Pengukuran.umurBulanPenuh(lahir, tanggal) < 24 ? CaraUkur.TELENTANG : CaraUkur.BERDIRI;
        Pengukuran p = Pengukuran.dariTanggal(Kelamin.dariKode(jk), lahir, tanggal, bp[0], bp[1], cara, false);
        HasilZskor h = null;
        try {
            h = layanan.kalkulator().hitung(p);
        } catch (UnsupportedOperationException e) {
            LOG.warn("Data demo posyandu tanpa z-skor: kalkulator antropometri belum tersedia");
        }
        repo.simpanUkur(new Ukur(0, sesi, anak, tanggal, p.umurHari(), p.umurBulan(), bd(bp[0]), bd(bp[1]),
                cara.name(), null, null, false, false, null, h == null ? null : bd(h.panjangDipakaiCm()),
                h == null ? null : bd(h.imt()), h == null ? null : bd(h.zlen()), h == null ? null : bd(h.zwei()),
                h == null ? null : bd(h.zwfl()), h == null ? null : bd(h.zbmi()),
                h == null || h.kategoriTbU() == null ? null : h.kategoriTbU().name(),
                h == null || h.kategoriBbU() == null ? null : h.kategoriBbU().name(),
                h == null || h.kategoriBbTb() == null ? null : h.kategoriBbTb().name(),
                h == null || h.kategoriImtU() == null ? null : h.kategoriImtU().name(),
                kms, null, null, null), "kader.sungaiterap", kini);
        repo.catatHadir(sesi, anak, true, true, "kader.sungaiterap", kini);
    }

    private static BigDecimal bd(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
    }
}
