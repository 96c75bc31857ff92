package id.pelita.pengaduan.internal;

import id.pelita.PelitaTest;
import id.pelita.inti.GalatValidasi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one door every channel files through: what it stores, and what it refuses, field by field. */
@PelitaTest
class PenerimaPengaduanTest {

    static final String DESA_RETEH = "14.04.01.1001";

    @Autowired
    PenerimaPengaduan penerima;
    @Autowired
    RepositoriPengaduan repo;
    @Autowired
    JdbcClient jdbc;

    static PengaduanMasuk web(Kategori k, String desa, String uraian, Double lintang, Double bujur) {
        return new PengaduanMasuk(k, desa, uraian, Saluran.WEB, "6281234567890", "warga@contoh.id", "Siti",
                true, lintang, bujur, null, null);
    }

    @Test
    void storesAValidComplaintUnderAFreshCode() {
        String kode = penerima.terima(web(Kategori.STUNTING, DESA_RETEH, "  Anak tetangga tampak sangat kurus.  ",
                null, null));
        assertThat(kode).matches("PK-[2-9A-HJKMNP-Z]{6}");
        var simpan = repo.cari(kode).orElseThrow();
        assertThat(simpan.status()).isEqualTo("DITERIMA");
        assertThat(simpan.desaKode()).isEqualTo(DESA_RETEH);
        Map<String, Object> baris = jdbc.sql("select uraian, kecamatan_kode, saluran, anonim, email from pengaduan "
                + "where kode = ?").param(kode).query().singleRow();
        assertThat(baris.get("uraian")).isEqualTo("Anak tetangga tampak sangat kurus.");
        assertThat(baris.get("kecamatan_kode")).isEqualTo("14.04.01");
        assertThat(baris.get("saluran")).isEqualTo("WEB");
        assertThat(baris.get("anonim")).isEqualTo(true);
        assertThat(baris.get("email")).isEqualTo("warga@contoh.id");
    }

    @Test
    void refusesEachBrokenFieldWithItsOwnMessage() {
        assertThatThrownBy(() -> penerima.terima(new PengaduanMasuk(null, "99.99.99.9999", "pendek", Saluran.WEB,
                "08abc", "bukan-email", null, false, 91.0, 10.0, null, null)))
                .isInstanceOfSatisfying(GalatValidasi.class, g -> assertThat(g.galat()).containsExactlyInAnyOrderEntriesOf(
                        Map.of("kategori", "pengaduan.galat.kategori", "desaKode", "pengaduan.galat.desa",
                                "uraian", "pengaduan.galat.uraian.pendek", "lokasi", "pengaduan.galat.lokasi.tidak-sah",
                                "telepon", "pengaduan.galat.telepon", "email", "pengaduan.galat.email")));
    }

    @Test
    void aFireReportNeedsItsLocation() {
        assertThatThrownBy(() -> penerima.terima(web(Kategori.KEBAKARAN, "14.04.07.2001",
                "Asap tebal dari lahan gambut di belakang sekolah", null, null)))
                .isInstanceOfSatisfying(GalatValidasi.class,
                        g -> assertThat(g.galat()).containsExactly(Map.entry("lokasi", "pengaduan.galat.lokasi.wajib")));
        String kode = penerima.terima(web(Kategori.KEBAKARAN, "14.04.07.2001",
                "Asap tebal dari lahan gambut di belakang sekolah", -0.35, 103.5));
        assertThat(repo.cari(kode)).isPresent();
    }

    @Test
    void aVillageOutsideTheServedKecamatanOrAKecamatanItselfIsRefused() {
        for (String desa : new String[] {"14.04.01", "31.71.01.1001"}) {
            assertThatThrownBy(() -> penerima.terima(web(Kategori.LAYANAN, desa, "Pelayanan surat pindah lambat sekali",
                    null, null)))
                    .isInstanceOfSatisfying(GalatValidasi.class,
                            g -> assertThat(g.galat()).containsKey("desaKode"));
        }
    }

    @Test
    void walkInComplaintsNameTheOfficerWhoKeyedThem() {
        var tanpaPetugas = new PengaduanMasuk(Kategori.LAYANAN, DESA_RETEH, "Antrian KTP terlalu lama di kantor camat",
                Saluran.DATANG_LANGSUNG, null, null, "Pak Amir", false, null, null, null, null);
        assertThatThrownBy(() -> penerima.terima(tanpaPetugas)).isInstanceOfSatisfying(GalatValidasi.class,
                g -> assertThat(g.galat()).containsEntry("saluran", "pengaduan.galat.petugas"));
        String kode = penerima.terima(new PengaduanMasuk(Kategori.LAYANAN, DESA_RETEH,
                "Antrian KTP terlalu lama di kantor camat", Saluran.DATANG_LANGSUNG, null, null, "Pak Amir", false,
                null, null, null, "staf.reteh"));
        assertThat(jdbc.sql("select dicatat_oleh from pengaduan where kode = ?").param(kode).query(String.class).single())
                .isEqualTo("staf.reteh");
    }
}
