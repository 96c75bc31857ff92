package id.pelita.wilayah.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

@UjiIntegrasi
class PemuatWilayahTest {

    @Autowired
    PemuatWilayah pemuat;
    @Autowired
    DirektoriWilayah direktori;
    @Autowired
    JdbcClient jdbc;

    @Test
    void seluruhIndonesiaDimuat() throws IOException {
        long baris = barisDalamBerkas();
        long jumlah = jdbc.sql("select count(*) from wilayah").query(Long.class).single();
        assertThat(jumlah).isGreaterThanOrEqualTo(91_000).isGreaterThanOrEqualTo(baris);
        assertThat(jdbc.sql("select tingkat, count(*) from wilayah group by tingkat")
                .query((rs, i) -> rs.getString(1)).list()).containsExactlyInAnyOrder("PROVINSI", "KABUPATEN", "KECAMATAN", "DESA");
        assertThat(jdbc.sql("select jumlah from wilayah_dataset where id = 1").query(Long.class).single()).isEqualTo(baris);
        // A quoted name with a comma and one with a doubled quote survive the round trip.
        assertThat(direktori.cari("12.07.28.1007")).map(Wilayah::nama).hasValue("Lubuk Pakam I,II");
        assertThat(direktori.cari("35.29.22")).map(Wilayah::nama).hasValue("Ra\"as");
    }

    @Test
    void kecamatanLayananDenganDesanya() {
        assertThat(direktori.kecamatanLayanan()).extracting(Wilayah::kode, Wilayah::nama).containsExactly(
                org.assertj.core.groups.Tuple.tuple("14.04.07", "Mandah"),
                org.assertj.core.groups.Tuple.tuple("14.04.01", "Reteh"),
                org.assertj.core.groups.Tuple.tuple("14.04.18", "Concong"),
                org.assertj.core.groups.Tuple.tuple("35.16.04", "Trawas"),
                org.assertj.core.groups.Tuple.tuple("35.19.02", "Dolopo"));
        for (Wilayah kecamatan : direktori.kecamatanLayanan()) {
            assertThat(direktori.anak(kecamatan.kode())).as(kecamatan.nama()).isNotEmpty()
                    .allSatisfy(d -> {
                        assertThat(d.tingkat()).isEqualTo(Tingkat.DESA);
                        assertThat(d.indukKode()).isEqualTo(kecamatan.kode());
                    });
        }
        assertThat(direktori.anak("14.04.01")).isSortedAccordingTo(DirektoriWilayahJdbc.MENURUT_NAMA)
                .extracting(Wilayah::nama).contains("Sungaiterap", "Sungaimahang", "Pulaukijang");
        assertThat(direktori.anak("35.16.04")).extracting(Wilayah::nama).contains("Trawas", "Seloliman");
        assertThat(direktori.anak("35.19.02")).extracting(Wilayah::nama).contains("Dolopo", "Mlilir");
    }

    @Test
    void namaLengkapDanCakupanLayanan() {
        assertThat(direktori.namaLengkap("14.04.01.2004")).isEqualTo("Desa Sungaiterap, Kec. Reteh, Kabupaten Indragiri Hilir");
        assertThat(direktori.namaLengkap("14.04.01.1001")).isEqualTo("Kelurahan Pulaukijang, Kec. Reteh, Kabupaten Indragiri Hilir");
        assertThat(direktori.namaLengkap("35.16.04")).isEqualTo("Kec. Trawas, Kabupaten Mojokerto");
        assertThat(direktori.namaLengkap("14.04")).isEqualTo("Kabupaten Indragiri Hilir, Provinsi Riau");
        // Outside the served area: read from the table, not the cache.
        assertThat(direktori.namaLengkap("11.01.01.2001")).isEqualTo("Desa Keude Bakongan, Kec. Bakongan, Kabupaten Aceh Selatan");
        assertThat(direktori.namaLengkap("99.99.99")).isEqualTo("99.99.99");

        assertThat(direktori.dilayani("14.04.01")).isTrue();
        assertThat(direktori.dilayani("14.04.01.2004")).isTrue();
        assertThat(direktori.dilayani("14.04")).isTrue();
        assertThat(direktori.dilayani("14")).isTrue();
        assertThat(direktori.dilayani("35.19")).isTrue();
        assertThat(direktori.dilayani("14.04.02")).isFalse();
        assertThat(direktori.dilayani("14.04.02.2001")).isFalse();
        assertThat(direktori.dilayani("14.04.01.9999")).isFalse();
        assertThat(direktori.dilayani("11")).isFalse();
        assertThat(direktori.dilayani("bukan kode")).isFalse();
    }

    @Test
    void muatUlangTanpaPerubahanCepatDanTidakMenulis() {
        OffsetDateTime sebelum = dimuatPada();
        HasilMuat hasil = pemuat.muatData();
        assertThat(hasil.dilewati()).isTrue();
        assertThat(hasil.baru()).isZero();
        assertThat(hasil.diubah()).isZero();
        assertThat(hasil.milidetik()).isLessThan(1_000);
        assertThat(dimuatPada()).isEqualTo(sebelum);
    }

    @Test
    void berkasBerbedaMemulihkanNamaDanTidakMenghapus() {
        jdbc.sql("update wilayah set nama = 'Diubah' where kode = '14.04.01'").update();
        jdbc.sql("insert into wilayah (kode, induk_kode, tingkat, nama) values ('99', null, 'PROVINSI', 'Bukan dari berkas')").update();
        jdbc.sql("update wilayah_dataset set checksum = 'lama' where id = 1").update();
        try {
            HasilMuat hasil = pemuat.muatData();

            assertThat(hasil.dilewati()).isFalse();
            assertThat(hasil.baru()).isZero();
            assertThat(hasil.diubah()).isEqualTo(1);
            assertThat(jdbc.sql("select nama from wilayah where kode = '14.04.01'").query(String.class).single()).isEqualTo("Reteh");
            // The cache was dropped, so the directory sees the restored name too.
            assertThat(direktori.cari("14.04.01")).map(Wilayah::nama).hasValue("Reteh");
            assertThat(jdbc.sql("select count(*) from wilayah where kode = '99'").query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select checksum from wilayah_dataset where id = 1").query(String.class).single())
                    .isEqualTo(PemuatWilayah.sha256(berkas()));
        } finally {
            jdbc.sql("delete from wilayah where kode = '99'").update();
        }
    }

    private OffsetDateTime dimuatPada() {
        return jdbc.sql("select dimuat_pada from wilayah_dataset where id = 1")
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class)).single();
    }

    private static byte[] berkas() {
        try (InputStream in = new ClassPathResource(PemuatWilayah.BERKAS).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counted independently of the loader's parser: one region per line after the header. */
    private static long barisDalamBerkas() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ClassPathResource(PemuatWilayah.BERKAS).getInputStream()), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).filter(l -> !l.isEmpty()).count();
        }
    }
}
