package id.pelita.kependudukan.internal;

import id.pelita.PelitaTest;
import id.pelita.kependudukan.JenisKelamin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batched write path of an import ({@link PenulisImpor}): what it writes for new residents (audit rows,
 * submission entries waiting for verification), and the fall-back to the row-by-row service path when a batch
 * hits the unique indexes (the same file stored twice after two analyses: the race of two operators).
 */
@PelitaTest
class ImporBatchTest {

    @Autowired
    MesinImpor mesin;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SandiPdp sandi;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void batchWritesTheServiceRowsAndARaceFallsBackToRowByRowReports() {
        UserDetails u = pengguna.loadUserByUsername(ImporPendudukTest.OP);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        LocalDate l1 = LocalDate.of(1979, 4, 11), l2 = LocalDate.of(1982, 8, 16), l3 = LocalDate.of(2011, 10, 3);
        String kk = DataUji.kk();
        String n1 = DataUji.nik("140401", l1, JenisKelamin.L), n2 = DataUji.nik("140401", l2, JenisKelamin.P),
                n3 = DataUji.nik("140401", l3, JenisKelamin.L);
        String judul = "alamat;dusun;rw;rt;nama;no_kk;nik;sex;tempatlahir;tanggallahir;agama_id;pendidikan_kk_id;"
                + "pendidikan_sedang_id;pekerjaan_id;status_kawin;kk_level;warganegara_id;nama_ayah;nama_ibu;golongan_darah_id";
        byte[] berkas = ImporPendudukTest.csv(false, List.of(judul,
                "Jl. Batch 1;DUSUN I;1;2;Batch Ayah;" + kk + ";" + n1 + ";1;Sungai Terap;1979-04-11;1;5;;9;2;1;1;X;Y;13",
                "Jl. Batch 1;DUSUN I;1;2;Batch Ibu;" + kk + ";" + n2 + ";2;Tembilahan;16/08/1982;1;4;;2;2;3;1;X;Y;13",
                "Jl. Batch 1;DUSUN I;1;2;Batch Anak;" + kk + ";" + n3 + ";L;Sungai Terap;03-10-2011;1;3;;3;1;4;1;X;Y;13"));

        // Two analyses before either is stored: both see three new residents.
        MesinImpor.Analisis a = mesin.analisis(berkas, ImporPendudukTest.TERAP, MesinImpor.Kemajuan.DIAM);
        MesinImpor.Analisis b = mesin.analisis(berkas, ImporPendudukTest.TERAP, MesinImpor.Kemajuan.DIAM);
        MesinImpor.Analisis c = mesin.analisis(berkas, ImporPendudukTest.TERAP, MesinImpor.Kemajuan.DIAM);
        assertThat(b.hitung(BarisImpor.Aksi.BARU)).isEqualTo(3);

        MesinImpor.Hasil h = mesin.simpan(a, ImporPendudukTest.TERAP, MesinImpor.Mode.BARIS_SAH, MesinImpor.Kemajuan.DIAM);
        assertThat(h.baru()).isEqualTo(3);
        assertThat(h.keluargaBaru()).isEqualTo(1);
        long keluargaId = jdbc.sql("select id from keluarga where no_kk_hash = ?").param(sandi.hash(kk)).query(Long.class).single();
        List<Long> id = jdbc.sql("select id from penduduk where keluarga_id = ? order by id").param(keluargaId)
                .query(Long.class).list();
        assertThat(id).hasSize(3);
        assertThat(jdbc.sql("select kepala_id from keluarga where id = ?").param(keluargaId).query(Long.class).single())
                .isEqualTo(id.get(0));
        for (long p : id) {
            // One audit row per new resident, an arrival event and a presence interval waiting for verification,
            // and the entry in the village's open submission.
            assertThat(jdbc.sql("select count(*) from audit_log where jenis_data = 'penduduk' and data_id = ? and aksi = 'BUAT' "
                    + "and pelaku = ?").params(String.valueOf(p), ImporPendudukTest.OP).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from mutasi_penduduk m join penduduk_hadir h on h.mutasi_mulai_id = m.id "
                    + "join pengajuan_penduduk s on s.id = m.pengajuan_id and s.id = h.pengajuan_id "
                    + "where m.penduduk_id = ? and not m.terverifikasi and not h.terverifikasi and s.terbuka_desa = ?")
                    .params(p, ImporPendudukTest.TERAP).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from pengajuan_perubahan where penduduk_id = ? and jenis = 'PENDUDUK_BARU'")
                    .param(p).query(Long.class).single()).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from pengajuan_perubahan where keluarga_id = ? and jenis = 'KELUARGA_BARU'")
                .param(keluargaId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where jenis_data = 'keluarga' and data_id = ? and aksi = 'BUAT'")
                .param(String.valueOf(keluargaId)).query(Long.class).single()).isEqualTo(1);

        // The second analysis stored now: the batch hits the unique indexes, is redone row by row, every row
        // refused with the service's reason, nothing written twice.
        MesinImpor.Hasil h2 = mesin.simpan(b, ImporPendudukTest.TERAP, MesinImpor.Mode.BARIS_SAH, MesinImpor.Kemajuan.DIAM);
        assertThat(h2.baru()).isZero();
        assertThat(h2.keluargaBaru()).isZero();
        assertThat(h2.gagal()).isEqualTo(3);
        assertThat(b.baris()).allMatch(BarisImpor::galat);
        assertThat(b.catatan()).extracting(CatatanImpor::kunci).contains("keluarga.nokk.terdaftar");
        assertThat(jdbc.sql("select count(*) from penduduk where keluarga_id = ?").param(keluargaId).query(Long.class).single())
                .isEqualTo(3);

        // All-or-nothing: the same race rejects the whole file.
        MesinImpor.Hasil h3 = mesin.simpan(c, ImporPendudukTest.TERAP, MesinImpor.Mode.SEMUA_ATAU_TIDAK, MesinImpor.Kemajuan.DIAM);
        assertThat(h3.ditolak()).isTrue();
        assertThat(jdbc.sql("select count(*) from keluarga where no_kk_hash = ?").param(sandi.hash(kk)).query(Long.class).single())
                .isEqualTo(1);
    }
}
