package id.pelita.kependudukan.internal;

import id.pelita.kependudukan.JenisKelamin;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading import files and mapping their values, without Spring. */
class BerkasImporTest {

    private static List<List<String>> baca(byte[] isi) {
        List<List<String>> hasil = new ArrayList<>();
        BerkasImpor.baca(isi, BatasImpor.bawaan(), new BerkasImpor.Penerima() {
            @Override
            public void judul(List<String> kolom) {
                hasil.add(kolom);
            }

            @Override
            public boolean baris(int nomor, List<BerkasImpor.Nilai> sel) {
                hasil.add(sel.stream().map(BerkasImpor.Nilai::teks).toList());
                return true;
            }
        });
        return hasil;
    }

    @Test
    void separatorsOfIndonesianExcelAndBomAreUnderstood() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] teks = "nik;nama;alamat\n1;\"A; B\";Jl. X, No. 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] isi = new byte[bom.length + teks.length];
        System.arraycopy(bom, 0, isi, 0, 3);
        System.arraycopy(teks, 0, isi, 3, teks.length);
        assertThat(baca(isi)).containsExactly(List.of("nik", "nama", "alamat"), List.of("1", "A; B", "Jl. X, No. 1"));
        assertThat(baca("a\tb\n1\t2\n".getBytes(StandardCharsets.UTF_8))).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(baca("a,b\n1,2\n\n".getBytes(StandardCharsets.UTF_8))).hasSize(2);
    }

    @Test
    void typeComesFromTheContent() {
        assertThat(BerkasImpor.jenis("a,b".getBytes(StandardCharsets.UTF_8))).isEqualTo(BerkasImpor.Jenis.CSV);
        assertThat(BerkasImpor.jenis(new byte[]{'P', 'K', 3, 4})).isEqualTo(BerkasImpor.Jenis.XLSX);
        assertThatThrownBy(() -> BerkasImpor.jenis(new byte[]{'%', 'P', 'D', 'F', 0})).isInstanceOf(BerkasDitolak.class)
                .hasMessage("impor.berkas.jenis");
        assertThatThrownBy(() -> BerkasImpor.jenis(new byte[0])).hasMessage("impor.berkas.kosong");
    }

    @Test
    void headersOfTheThreeLayoutsAreRecognised() {
        assertThat(KolomImpor.kenali(List.of("NIK", "NO_KK", "NAMA_LGKP", "JENIS_KLMIN", "TMPT_LHR", "TGL_LHR", "STAT_HBKEL"))
                .format()).isEqualTo(KolomImpor.Format.SIAK);
        assertThat(KolomImpor.kenali(List.of("alamat", "nama", "no_kk", "nik", "sex", "tempatlahir", "tanggallahir", "kk_level"))
                .format()).isEqualTo(KolomImpor.Format.OPENSID);
        assertThat(KolomImpor.kenali(EksporPenduduk.judul()).format()).isEqualTo(KolomImpor.Format.PELITA);
        assertThatThrownBy(() -> KolomImpor.kenali(List.of("NIK", "NAMA_LGKP", "JENIS_KLMIN")))
                .isInstanceOf(BerkasDitolak.class).hasMessage("impor.judul.kurang");
    }

    @Test
    void valuesMapToSiakCodes() {
        assertThat(KodeImpor.kode(KodeSiak.PENDIDIKAN, "Tidak/Blm Sekolah")).isEqualTo(1);
        assertThat(KodeImpor.kode(KodeSiak.PENDIDIKAN, "AKADEMI/DIPLOMA III/S. MUDA")).isEqualTo(7);
        assertThat(KodeImpor.kode(KodeSiak.PEKERJAAN, "PEGAWAI NEGERI SIPIL")).isEqualTo(5);
        assertThat(KodeImpor.kode(KodeSiak.PEKERJAAN, "Pegawai Negeri Sipil (PNS)")).isEqualTo(5);
        assertThat(KodeImpor.kode(KodeSiak.STATUS_KAWIN, "CM")).isEqualTo(4);
        assertThat(KodeImpor.kode(KodeSiak.GOLONGAN_DARAH, "AB-")).isEqualTo(10);
        assertThat(KodeImpor.kode(KodeSiak.GOLONGAN_DARAH, "A")).isEqualTo(1);
        assertThat(KodeImpor.kode(KodeSiak.AGAMA, "8")).isNull();
        assertThat(KodeImpor.kelamin("LK")).isEqualTo(JenisKelamin.L);
        assertThat(KodeImpor.kelamin("2")).isEqualTo(JenisKelamin.P);
        assertThat(KodeImpor.tanggal("15/07/1983")).isEqualTo(LocalDate.of(1983, 7, 15));
        assertThat(KodeImpor.tanggal("1983-07-15 00:00:00")).isEqualTo(LocalDate.of(1983, 7, 15));
        assertThat(KodeImpor.tanggal("31-02-1983")).isNull();
    }

    @Test
    void exportCellsThatLookLikeFormulasGetAnApostrophe() {
        for (String s : List.of("=1+1", "+62", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(TabelKeluar.netralkan(s)).isEqualTo("'" + s);
        }
        assertThat(TabelKeluar.netralkan("BUDI")).isEqualTo("BUDI");
        assertThat(TabelKeluar.netralkan(null)).isEmpty();
    }
}
