package id.pelita.ekraf.internal;

import id.pelita.ekraf.internal.RepositoriEkraf.Pelaku;
import id.pelita.inti.PemuatAwal;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.layanan.PengerjaLangkah;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo data for Kec. Mandah ({@code pelita.demo-data=true} only): three VCO producers (two agreed to publish their
 * contact) and this year's programme plan, its plan done (step 1) with one counselling session, so the camat
 * (camat.mandah) has step 2 waiting and TP-PKK (pkk.mandah) can go on from there. Fictional people and numbers.
 */
@Component
@Order(50)
class DataDemoEkraf implements PemuatAwal {

    static final String MANDAH = "14.04.07";
    private static final Logger LOG = LoggerFactory.getLogger(DataDemoEkraf.class);

    private final RepositoriEkraf repo;
    private final PembukaBerkas pembuka;
    private final PengerjaLangkah pengerja;
    private final Clock jam;
    private final boolean demo;

    DataDemoEkraf(RepositoriEkraf repo, PembukaBerkas pembuka, PengerjaLangkah pengerja, Clock jam,
                  @Value("${pelita.demo-data:false}") boolean demo) {
        this.repo = repo;
        this.pembuka = pembuka;
        this.pengerja = pengerja;
        this.jam = jam;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void muat() {
        if (!demo || !repo.daftarPelaku(MANDAH, false).isEmpty() || !pembuka.berlaku(LayananEkraf.SOP, MANDAH)) {
            return;
        }
        LocalDate hariIni = LocalDate.now(jam.withZone(LayananEkraf.WIB));
        var kini = jam.instant();
        List<Pelaku> pelaku = List.of(
                new Pelaku(null, MANDAH, "14.04.07.1004", "Siti Aminah", "VCO Kelapa Murni Khairiah",
                        "188.4/EKRAF/MDH/2022/001", LocalDate.of(2022, 3, 14), "Virgin Coconut Oil (VCO) botol 100 ml dan 250 ml",
                        new BigDecimal("120"), "liter/bulan", "2061404010001-27", hariIni.plusYears(2).withDayOfMonth(1),
                        "ID14110000123450223", hariIni.plusYears(3).withDayOfMonth(1), "081234567801",
                        "Jl. Datuk Kasim, Khairiah Mandah", true, true),
                new Pelaku(null, MANDAH, "14.04.07.2003", "Rosmawati", "Minyak Kelapa Bente",
                        "188.4/EKRAF/MDH/2022/002", LocalDate.of(2022, 3, 14), "Virgin Coconut Oil (VCO) dan minyak goreng kelapa",
                        new BigDecimal("60"), "liter/bulan", "2061404010002-27", hariIni.minusMonths(2), null, null,
                        "081234567802", "Desa Bente", false, true),
                new Pelaku(null, MANDAH, "14.04.07.2005", "Nurhayati", "KUB Mekar Igal",
                        "188.4/EKRAF/MDH/2023/003", LocalDate.of(2023, 2, 1), "VCO kemasan sachet, sabun VCO",
                        new BigDecimal("45.5"), "liter/bulan", null, null, null, null, "6281234567803",
                        "Desa Igal", true, true));
        for (Pelaku p : pelaku) {
            p = new Pelaku(null, p.kecamatanKode(), p.desaKode(), p.nama(), p.namaUsaha(), p.skNomor(), p.skTanggal(),
                    p.produk(), p.kapasitas(), p.kapasitasSatuan(),
                    p.pirtNomor() == null ? null : p.pirtNomor().replace("-", ""), p.pirtBerlakuSampai(), p.halalNomor(),
                    p.halalBerlakuSampai(), p.telepon(), p.alamat(), p.publikasiKontak(), p.aktif());
            repo.simpanPelaku(p, "sistem", kini);
        }
        int tahun = hariIni.getYear();
        if (repo.adaProgram(MANDAH, tahun)) {
            return;
        }
        long id = repo.simpanProgram(MANDAH, tahun, "Penguatan usaha VCO ibu-ibu PKK",
                "1. Pendataan pelaku VCO per desa bersama TP-PKK desa.\n2. Penyuluhan pengolahan VCO higienis dan "
                        + "pengurusan P-IRT/halal.\n3. Pembinaan ke lokasi usaha.\n4. Mencari dukungan kemasan dan pemasaran.",
                "sistem", kini);
        String berkas = pembuka.bukaOtomatis(LayananEkraf.SOP, MANDAH, "Ketua TP-PKK Kecamatan Mandah", null,
                "Program ekonomi kreatif " + tahun + ": Penguatan usaha VCO ibu-ibu PKK", "ekraf-program:" + id, 0);
        repo.aturBerkas(id, berkas);
        pengerja.selesaikanOlehSistem(berkas, 1, true, "Rancangan program: Penguatan usaha VCO ibu-ibu PKK",
                "Data demo");
        long sesi = repo.simpanKegiatan(id, RepositoriEkraf.Kegiatan.PENYULUHAN, hariIni.minusDays(1),
                "Aula Kantor Camat Mandah", null, "Penyuluhan pengolahan VCO higienis dan syarat P-IRT.", "sistem", kini);
        repo.simpanHadir(sesi, List.of(new RepositoriEkraf.Hadir("Siti Aminah", "Khairiah Mandah"),
                new RepositoriEkraf.Hadir("Rosmawati", "Bente"), new RepositoriEkraf.Hadir("Nurhayati", "Igal")));
        LOG.info("Data demo: {} pelaku ekraf dan program VCO {} (berkas {}) untuk Kec. Mandah", pelaku.size(), tahun, berkas);
    }
}
