package id.pelita.sop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pelita.inti.Peran;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.SatuanWaktu;
import id.pelita.sop.WaktuBaku;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every shipped definition file parses and validates, and says what its source document says. */
class SopBawaanTest {

    final YamlSop yaml = new YamlSop();
    final Map<String, DefinisiSop> sop = PemuatSop.berkasBawaan().stream().map(b -> yaml.baca(b.teks()))
            .collect(Collectors.toMap(DefinisiSop::kode, Function.identity()));

    @Test
    void everyShippedFileParsesAndValidates() {
        var berkas = PemuatSop.berkasBawaan();
        assertThat(berkas).hasSize(8);
        for (var b : berkas) {
            DefinisiSop d = yaml.baca(b.teks());
            assertThat(ValidatorSop.periksa(d)).as(b.nama()).isEmpty();
            assertThat(d.versi()).as(b.nama()).isEqualTo(1);
            assertThat(d.sumber()).as(b.nama()).containsPattern("seed 00[0-4]_");
            assertThat(d.kecamatan()).as(b.nama()).hasSize(1);
            assertThat(d.disahkanOleh()).as(b.nama()).isNotNull();
        }
        assertThat(sop.keySet()).containsExactlyInAnyOrder("VCO", "TAJUK-RETEH", "PUL-KOMPAS", "OSPS-MPA",
                "BSPPS-RAKOR", "JEMPUT-BOLA-EKTP", "GERAH-TIAN-HARI-NI", "FOKUS-TUNTAS");
    }

    @Test
    void bsppsRakor() {
        DefinisiSop d = sop.get("BSPPS-RAKOR");
        assertThat(d.nomor()).isEqualTo("065/05/416-304/2024");
        assertThat(d.kecamatan()).containsExactly("35.16.04");
        assertThat(d.tanggalPembuatan()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(d.tanggalEfektif()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(d.disahkanOleh().nama()).startsWith("SUGONDO");
        assertThat(d.disahkanOleh().nip()).isEqualTo("19670110 199003 1 007");
        assertThat(d.dasarHukum()).hasSize(6);
        assertThat(d.langkah()).hasSize(7);
        assertThat(WaktuBaku.parse(d.langkah().get(2).waktu())).isEqualTo(new WaktuBaku(10, 10, SatuanWaktu.MENIT));
        assertThat(d.langkah().get(1).keputusan().jikaTidak()).isEqualTo(1);
        assertThat(d.langkah().get(3).pelaksana()).isEqualTo("KASI");
        assertThat(d.langkah().get(4).pelaksana()).isEqualTo("CAMAT");
        assertThat(d.pelaksana("PEMOHON").orElseThrow()).extracting(DefinisiSop.Pelaksana::peran,
                DefinisiSop.Pelaksana::atasNama).containsExactly(Peran.STAF, true);
        assertThat(d.register()).isEqualTo(new DefinisiSop.Register("Register Rakor BSPPS",
                "{nomor}/{unit}/{bulan}/{tahun}", "KEMAS"));
    }

    @Test
    void jemputBolaEktp() {
        DefinisiSop d = sop.get("JEMPUT-BOLA-EKTP");
        assertThat(d.nomor()).isEqualTo("130/547/402.403/2020");
        assertThat(d.kecamatan()).containsExactly("35.19.02");
        assertThat(d.tanggalEfektif()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(d.langkah()).hasSize(12);
        assertThat(WaktuBaku.parse(d.langkah().get(4).waktu())).isEqualTo(new WaktuBaku(10, 10, SatuanWaktu.HARI));
        assertThat(d.langkah().get(2).waktu()).isEqualTo("2 jam");
        assertThat(d.pelaksana()).extracting(DefinisiSop.Pelaksana::nama).contains("Kasi Pelayanan",
                "Dispendukcapil/Kesra/Dinsos");
        assertThat(d.pelaksana("DINAS").orElseThrow().atasNama()).isTrue();
    }

    @Test
    void vcoAndOspsMpaOfMandah() {
        DefinisiSop vco = sop.get("VCO");
        assertThat(vco.nomor()).isEqualTo("018/MDH-UM/II/2022");
        assertThat(vco.tanggalPembuatan()).isEqualTo(LocalDate.of(2022, 2, 10));
        assertThat(vco.pelaksana()).extracting(DefinisiSop.Pelaksana::peran).containsExactly(Peran.TP_PKK, Peran.CAMAT);
        assertThat(vco.langkah()).extracting(DefinisiSop.Langkah::waktu)
                .containsExactly("30 menit", "60 menit", "60 menit", "45 menit");
        DefinisiSop osps = sop.get("OSPS-MPA");
        assertThat(osps.kecamatan()).containsExactly("14.04.07");
        assertThat(osps.peringatan()).contains("SEGERA").contains("lokasi");
        assertThat(osps.langkah().get(0).kelengkapan().get(0)).startsWith("Lokasi kejadian (wajib)");
        // Tighter than PUL KOMPAS, whose flow it follows.
        assertThat(WaktuBaku.parse(osps.langkah().get(0).waktu()).maks()).isEqualTo(10);
    }

    @Test
    void retehTajukAndPulKompas() {
        DefinisiSop pul = sop.get("PUL-KOMPAS");
        assertThat(pul.kecamatan()).containsExactly("14.04.01");
        assertThat(pul.langkah()).extracting(DefinisiSop.Langkah::waktu)
                .containsExactly("1-2 jam", "1 menit", "1 jam", "1-2 jam");
        assertThat(WaktuBaku.parse(pul.langkah().get(0).waktu())).isEqualTo(new WaktuBaku(1, 2, SatuanWaktu.JAM));
        assertThat(pul.dasarHukum()).hasSize(22);
        assertThat(pul.pelaksana("KOORDINATOR").orElseThrow().peran()).isEqualTo(Peran.TP_PKK);
        DefinisiSop tajuk = sop.get("TAJUK-RETEH");
        assertThat(tajuk.langkah()).hasSize(3);
        assertThat(tajuk.langkah().get(0).pelaksana()).isEqualTo("OPERATOR");
        assertThat(tajuk.pelaksana("OPERATOR").orElseThrow().peran()).isEqualTo(Peran.OPERATOR_DESA);
        assertThat(tajuk.langkah().get(1).keputusan().jikaTidak()).isEqualTo(1);
        assertThat(tajuk.disahkanOleh().nama()).startsWith("ABDUL PANI");
    }

    @Test
    void concongGerahAndFokusTuntas() {
        DefinisiSop gerah = sop.get("GERAH-TIAN-HARI-NI");
        assertThat(gerah.nomor()).isEqualTo("Kpts.006/KC/II/2022");
        assertThat(gerah.langkah()).hasSize(6);
        assertThat(WaktuBaku.parse(gerah.langkah().get(3).waktu())).isEqualTo(new WaktuBaku(1, 3, SatuanWaktu.JAM));
        assertThat(gerah.langkah().get(3).pelaksana()).isEqualTo("KADER");
        assertThat(gerah.pelaksana("KADER").orElseThrow().peran()).isEqualTo(Peran.KADER_POSYANDU);
        DefinisiSop fokus = sop.get("FOKUS-TUNTAS");
        assertThat(fokus.kecamatan()).containsExactly("14.04.18");
        assertThat(fokus.disahkanOleh().nama()).startsWith("ELAMSARI");
        assertThat(fokus.langkah()).isNotEmpty();
    }

    @Test
    void exportThenImportGivesTheSameDefinition() {
        for (DefinisiSop d : sop.values()) {
            String teks = yaml.tulis(d);
            assertThat(teks).doesNotStartWith("---");
            assertThat(yaml.baca(teks)).as(d.kode()).isEqualTo(d);
        }
        assertThat(yaml.tulis(sop.get("BSPPS-RAKOR"))).contains("tanggalPembuatan: 2024-01-15")
                .contains("waktu: 5 menit");
    }

    @Test
    void allRolesAreMappedFromColumns() {
        List<DefinisiSop> semua = List.copyOf(sop.values());
        assertThat(semua).allSatisfy(d -> assertThat(d.pelaksana()).allSatisfy(p -> assertThat(p.peran()).isNotNull()));
    }
}
