package id.pelita.sop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pelita.sop.DefinisiSop;
import id.pelita.sop.DefinisiTidakSah;
import id.pelita.sop.DefinisiTidakSah.Galat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of the validator and of the reader, with its message. */
class ValidatorSopTest {

    static final String SAH = """
            kode: UJI-SOP
            versi: 1
            nama: SOP uji
            kecamatan: ["35.16.04"]
            tanggalPembuatan: 2024-01-15
            tanggalEfektif: 2024-01-15
            pelaksana:
              - {kode: STAF, nama: Staf, peran: STAF}
              - {kode: KASI, nama: Kasi, peran: KASI}
            langkah:
              - {no: 1, kegiatan: Terima berkas, pelaksana: STAF, waktu: 5 menit}
              - no: 2
                kegiatan: Periksa
                pelaksana: KASI
                waktu: 1–2 jam
                keputusan: {pertanyaan: Lengkap?, jikaTidak: 1}
            register: {nama: Register uji, format: "{nomor}/{unit}/{bulan}/{tahun}", unit: UJI}
            """;

    final YamlSop yaml = new YamlSop();

    List<String> galat(String teks) {
        return ValidatorSop.periksa(yaml.baca(teks)).stream().map(Galat::toString).toList();
    }

    @Test
    void aValidDefinitionHasNoErrors() {
        assertThat(galat(SAH)).isEmpty();
    }

    @Test
    void identity() {
        assertThat(galat(SAH.replace("kode: UJI-SOP", "kode: uji sop"))).containsExactly(
                "kode: kode \"uji sop\" tidak sah: 2–40 huruf besar, angka atau tanda -");
        assertThat(galat(SAH.replace("kode: UJI-SOP\n", ""))).containsExactly("kode: wajib diisi");
        assertThat(galat(SAH.replace("nama: SOP uji\n", ""))).containsExactly("nama: wajib diisi");
        assertThat(galat(SAH.replace("versi: 1\n", "versi: 0\n"))).containsExactly("versi: versi harus 1 atau lebih");
        assertThat(galat(SAH.replace("\"35.16.04\"", "\"3516\""))).containsExactly(
                "kecamatan[1]: kode kecamatan \"3516\" tidak sah (contoh: 35.16.04)");
    }

    @Test
    void pelaksana() {
        String tanpa = SAH.replace("  - {kode: STAF, nama: Staf, peran: STAF}\n  - {kode: KASI, nama: Kasi, peran: KASI}\n",
                "").replace("pelaksana:\n", "pelaksana: []\n");
        assertThat(galat(tanpa)).contains("pelaksana: minimal satu pelaksana (kolom peran)");
        assertThat(galat(SAH.replace("{kode: KASI, nama: Kasi, peran: KASI}", "{kode: STAF, nama: Kasi, peran: KASI}")))
                .contains("pelaksana[2].kode: kode pelaksana \"STAF\" ganda");
        assertThat(galat(SAH.replace("{kode: KASI, nama: Kasi, peran: KASI}", "{kode: KASI, nama: Kasi}")))
                .containsExactly("pelaksana[2].peran: wajib diisi (peran Pelita yang menjalankan kolom ini)");
    }

    @Test
    void langkah() {
        assertThat(galat(SAH.replace("    pelaksana: KASI\n", "    pelaksana: CAMAT\n"))).containsExactly(
                "langkah[2].pelaksana: pelaksana \"CAMAT\" tidak ada di kolom pelaksana");
        assertThat(galat(SAH.replace("  - no: 2\n", "  - no: 3\n"))).containsExactly(
                "langkah[2].no: nomor langkah 3 salah: harus 2 (berurutan mulai 1)");
        assertThat(galat(SAH.replace("waktu: 5 menit", "waktu: sebentar"))).containsExactly(
                "langkah[1].waktu: Waktu baku tidak dikenali: \"sebentar\" (contoh: 5 menit, 1-2 jam, 10 hari)");
        assertThat(galat(SAH.replace(", waktu: 5 menit", ""))).containsExactly("langkah[1].waktu: Waktu baku kosong");
        assertThat(galat(SAH.replace("jikaTidak: 1", "jikaTidak: 2"))).containsExactly(
                "langkah[2].keputusan.jikaTidak: harus menunjuk langkah sebelumnya (1–1), bukan 2");
        String tanpaLangkah = SAH.substring(0, SAH.indexOf("langkah:")) + "langkah: []\n";
        assertThat(galat(tanpaLangkah)).containsExactly("langkah: minimal satu langkah");
    }

    @Test
    void registerAndDates() {
        assertThat(galat(SAH.replace("format: \"{nomor}/{unit}/{bulan}/{tahun}\"", "format: \"{unit}/{tahun}\"")))
                .containsExactly("register.format: format harus memuat {nomor}, mis. {nomor}/{unit}/{bulan}/{tahun}");
        assertThat(galat(SAH.replace("{bulan}", "{hari}"))).containsExactly(
                "register.format: penanda {hari} tidak dikenal (yang dikenal: {nomor}, {unit}, {bulan}, {tahun})");
        assertThat(galat(SAH.replace("tanggalEfektif: 2024-01-15", "tanggalEfektif: 2024-01-14"))).containsExactly(
                "tanggalEfektif: tanggal efektif 2024-01-14 tidak boleh sebelum tanggal pembuatan 2024-01-15");
    }

    @Test
    void malformedYamlGivesPathLineAndColumn() {
        Galat sintaks = satu(SAH.replace("nama: SOP uji", "nama: SOP: uji"));
        assertThat(sintaks.pesan()).startsWith("YAML tidak sah");
        assertThat(sintaks.baris()).isEqualTo(3);
        assertThat(sintaks.kolom()).isNotNull();

        Galat tidakDikenal = satu(SAH.replace("nama: SOP uji", "nama: SOP uji\nnamaLain: x"));
        assertThat(tidakDikenal.path()).isEqualTo("namaLain");
        assertThat(tidakDikenal.pesan()).isEqualTo("bidang \"namaLain\" tidak dikenal");
        assertThat(tidakDikenal.baris()).isEqualTo(4);

        Galat peran = satu(SAH.replace("{kode: KASI, nama: Kasi, peran: KASI}", "{kode: KASI, nama: Kasi, peran: LURAH}"));
        assertThat(peran.path()).isEqualTo("pelaksana[2].peran");
        assertThat(peran.pesan()).startsWith("nilai \"LURAH\" tidak dikenal (pilihan: ADMIN, CAMAT");
        assertThat(peran.baris()).isEqualTo(9);

        Galat jenis = satu(SAH.replace("{no: 1,", "{no: satu,"));
        assertThat(jenis.path()).isEqualTo("langkah[1].no");
        assertThat(jenis.baris()).isEqualTo(11);

        Galat tanggal = satu(SAH.replace("tanggalPembuatan: 2024-01-15", "tanggalPembuatan: 15 Januari 2024"));
        assertThat(tanggal.path()).isEqualTo("tanggalPembuatan");
        assertThat(tanggal.pesan()).contains("YYYY-MM-DD");

        assertThat(satu("  ").pesan()).isEqualTo("isi YAML kosong");
    }

    private Galat satu(String teks) {
        try {
            yaml.baca(teks);
        } catch (DefinisiTidakSah e) {
            assertThat(e.galat()).hasSize(1);
            return e.galat().get(0);
        }
        throw new AssertionError("diharapkan DefinisiTidakSah");
    }

    @Test
    void versiIsOverwritableAndListsAreNeverNull() {
        DefinisiSop d = yaml.baca(SAH.replace("versi: 1\n", ""));
        assertThat(d.versi()).isZero();
        assertThat(YamlSop.denganVersi(d, 3).versi()).isEqualTo(3);
        assertThat(d.dasarHukum()).isEmpty();
        assertThat(d.langkah().get(0).kelengkapan()).isEmpty();
        assertThatThrownBy(() -> yaml.baca("- a\n- b")).isInstanceOf(DefinisiTidakSah.class);
    }
}
