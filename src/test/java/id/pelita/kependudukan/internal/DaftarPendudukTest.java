package id.pelita.kependudukan.internal;

import id.pelita.PelitaTest;
import id.pelita.inti.GalatValidasi;
import id.pelita.kependudukan.DaftarPenduduk;
import id.pelita.kependudukan.JenisKelamin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register as other modules read it: under-fives and the vulnerable of one village, by NIK, e-KTP state
 * updates. Rows are written in a rolled-back transaction in a village no other test counts (Kec. Concong).
 */
@PelitaTest
@Transactional
class DaftarPendudukTest {

    static final String DESA = "14.04.18.2003";
    static final LocalDate HARI_INI = LocalDate.of(2026, 11, 23);

    @Autowired
    DaftarPenduduk daftar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SandiPdp sandi;

    private long keluarga() {
        var kunci = new GeneratedKeyHolder();
        String kk = DataUji.kk();
        jdbc.sql("insert into keluarga (no_kk_sandi, no_kk_hash, desa_kode, alamat, dibuat_oleh, dibuat_pada) "
                        + "values (?, ?, ?, 'Jl. Uji', 'uji', ?)")
                .params(sandi.sandikan(kk), sandi.hash(kk), DESA, OffsetDateTime.now()).update(kunci, "id");
        return kunci.getKey().longValue();
    }

    private long penduduk(long keluarga, String nik, String nama, LocalDate lahir, String disabilitas, String status,
                          int shdk) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into penduduk (nik_sandi, nik_hash, keluarga_id, desa_kode, nama, nama_cari, jenis_kelamin, "
                        + "tempat_lahir, tanggal_lahir, agama, pendidikan, pekerjaan, status_kawin, shdk, golongan_darah, "
                        + "disabilitas, status_rekam_ktp, kewarganegaraan, status, dibuat_oleh, dibuat_pada) "
                        + "values (?, ?, ?, ?, ?, ?, 'L', 'Concong', ?, 1, 1, 1, 1, ?, 13, ?, 2, 1, ?, 'uji', ?)")
                .params(sandi.sandikan(nik), sandi.hash(nik), keluarga, DESA, nama, nama.toLowerCase(), lahir, shdk,
                        disabilitas, status, OffsetDateTime.now())
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    @Test
    void balitaDanRentanDariRegister() {
        long kk = keluarga();
        LocalDate lahirKakek = LocalDate.of(1966, 11, 23); // exactly 60 today
        String nikKakek = DataUji.nik("140418", lahirKakek, JenisKelamin.L);
        long kakek = penduduk(kk, nikKakek, "Kakek Uji", lahirKakek, null, "HIDUP", 1);
        long ayah = penduduk(kk, DataUji.nik("140418", LocalDate.of(1967, 1, 5), JenisKelamin.L), "Ayah Uji",
                LocalDate.of(1967, 1, 5), null, "HIDUP", 4);
        long odgj = penduduk(kk, DataUji.nik("140418", LocalDate.of(1990, 3, 3), JenisKelamin.L), "Bibi Uji",
                LocalDate.of(1990, 3, 3), "MENTAL", "HIDUP", 4);
        long balita = penduduk(kk, DataUji.nik("140418", LocalDate.of(2023, 2, 1), JenisKelamin.L), "Cucu Uji",
                LocalDate.of(2023, 2, 1), null, "HIDUP", 4);
        penduduk(kk, DataUji.nik("140418", LocalDate.of(2024, 5, 1), JenisKelamin.L), "Cucu Wafat",
                LocalDate.of(2024, 5, 1), null, "MATI", 4);

        assertThat(daftar.lahirSejak(DESA, HARI_INI.minusYears(5))).extracting(DaftarPenduduk.RingkasPenduduk::id)
                .containsExactly(balita);
        assertThat(daftar.rentan(DESA, HARI_INI)).extracting(DaftarPenduduk.RingkasPenduduk::id)
                .containsExactlyInAnyOrder(kakek, odgj).doesNotContain(ayah);
        assertThat(daftar.anggotaKeluarga(kk)).hasSize(5).first().extracting(DaftarPenduduk.RingkasPenduduk::id)
                .isEqualTo(kakek);

        var ditemukan = daftar.cariNik(nikKakek).orElseThrow();
        assertThat(ditemukan.id()).isEqualTo(kakek);
        assertThat(ditemukan.nikSamar()).startsWith("1404").endsWith(nikKakek.substring(14)).contains("*")
                .doesNotContain(nikKakek.substring(4, 14));
        assertThat(ditemukan.statusKtp()).isEqualTo(DaftarPenduduk.KTP_BELUM_REKAM);
        assertThat(daftar.cariNik("12345")).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where jenis_data = 'penduduk' and data_id = ? and aksi = 'BACA'")
                .param(String.valueOf(kakek)).query(Long.class).single()).isEqualTo(1);

        daftar.ubahStatusKtp(kakek, DaftarPenduduk.KTP_SUDAH_REKAM, "jemput bola");
        assertThat(daftar.cari(kakek).orElseThrow().statusKtp()).isEqualTo(DaftarPenduduk.KTP_SUDAH_REKAM);
        assertThatThrownBy(() -> daftar.ubahStatusKtp(kakek, 99, null)).isInstanceOf(GalatValidasi.class);
    }
}
