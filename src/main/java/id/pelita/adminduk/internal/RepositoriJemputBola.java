package id.pelita.adminduk.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Batches and their residents, on plain SQL. */
@Repository
class RepositoriJemputBola {

    private static final String KOLOM_WARGA = "id, jemput_bola_id, penduduk_id, desa_kode, nama, nik_samar, kategori, "
            + "alamat, rt, rw, status, alasan, kunjungan_tanggal, petugas, urutan, hasil_pada, direkam_pada, dicetak_pada, "
            + "di_kecamatan_pada, di_desa_pada, diserahkan_pada, penerima_nama, penerima_tanggal, bukti_jenis, "
            + "usulan_program, usulan_status, usulan_alasan, difasilitasi_pada";

    private final JdbcClient jdbc;

    RepositoriJemputBola(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long simpanAngkatan(String kecamatan, String nama, String oleh, Instant pada) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into jemput_bola (kecamatan_kode, nama, status, dibuat_oleh, dibuat_pada) values (?, ?, ?, ?, ?)")
                .params(kecamatan, nama, Angkatan.USULAN, oleh, waktu(pada)).update(kunci, "id");
        return kunci.getKey().longValue();
    }

    Optional<Angkatan> cari(long id) {
        return jdbc.sql("select * from jemput_bola where id = ?").param(id).query((rs, i) -> angkatan(rs)).optional();
    }

    Optional<Angkatan> cariBerkas(String nomor) {
        return jdbc.sql("select * from jemput_bola where berkas_nomor = ?").param(nomor)
                .query((rs, i) -> angkatan(rs)).optional();
    }

    /** Batches of kecamatan whose code starts with the prefix ("" = all), newest first. */
    List<Angkatan> daftar(String awalanKecamatan) {
        return jdbc.sql("select * from jemput_bola where kecamatan_kode like ? order by dibuat_pada desc, id desc")
                .param(awalanKecamatan + "%").query((rs, i) -> angkatan(rs)).list();
    }

    void mulai(long id, String berkas, int langkah) {
        jdbc.sql("update jemput_bola set status = ?, berkas_nomor = ?, langkah = ? where id = ?")
                .params(Angkatan.BERJALAN, berkas, langkah, id).update();
    }

    void aturLangkah(long id, int langkah) {
        jdbc.sql("update jemput_bola set langkah = ? where id = ?").params(langkah, id).update();
    }

    void aturStatus(long id, String status) {
        jdbc.sql("update jemput_bola set status = ? where id = ?").params(status, id).update();
    }

    void aturRapat(long id, LocalDate tanggal, String catatan) {
        jdbc.sql("update jemput_bola set rapat_tanggal = ?, rapat_catatan = ? where id = ?").params(tanggal, catatan, id)
                .update();
    }

    void aturRekamMulai(long id, Instant mulai) {
        jdbc.sql("update jemput_bola set rekam_mulai = ? where id = ?").params(waktu(mulai), id).update();
    }

    long tambahWarga(long angkatan, long penduduk, String desa, String nama, String nikSamar, String kategori,
                     String alamat, String rt, String rw, String oleh, Instant pada) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into jemput_bola_warga (jemput_bola_id, penduduk_id, desa_kode, nama, nik_samar, kategori, alamat, "
                        + "rt, rw, status, diusulkan_oleh, diusulkan_pada) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(angkatan, penduduk, desa, nama, nikSamar, kategori, alamat, rt, rw, StatusWarga.DIUSULKAN.name(),
                        oleh, waktu(pada))
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    /** Whether the resident is already in a batch that has not ended (proposed, running). */
    boolean sedangDiproses(long penduduk) {
        return jdbc.sql("select count(*) from jemput_bola_warga w join jemput_bola j on j.id = w.jemput_bola_id "
                        + "where w.penduduk_id = ? and j.status in (?, ?) and w.status <> ?")
                .params(penduduk, Angkatan.USULAN, Angkatan.BERJALAN, StatusWarga.DIKELUARKAN.name())
                .query(Long.class).single() > 0;
    }

    List<Warga> warga(long angkatan) {
        return jdbc.sql("select " + KOLOM_WARGA + " from jemput_bola_warga where jemput_bola_id = ? "
                        + "order by desa_kode, kunjungan_tanggal, urutan, rw, rt, nama, id")
                .param(angkatan).query((rs, i) -> warga(rs)).list();
    }

    Optional<Warga> cariWarga(long angkatan, long id) {
        return jdbc.sql("select " + KOLOM_WARGA + " from jemput_bola_warga where jemput_bola_id = ? and id = ?")
                .params(angkatan, id).query((rs, i) -> warga(rs)).optional();
    }

    void keluarkan(long id, String alasan) {
        jdbc.sql("update jemput_bola_warga set status = ?, alasan = ? where id = ?")
                .params(StatusWarga.DIKELUARKAN.name(), alasan, id).update();
    }

    void jadwalkan(long id, LocalDate tanggal, String petugas, int urutan) {
        jdbc.sql("update jemput_bola_warga set status = ?, kunjungan_tanggal = ?, petugas = ?, urutan = ? where id = ?")
                .params(StatusWarga.DIJADWALKAN.name(), tanggal, petugas, urutan, id).update();
    }

    void hasil(long id, StatusWarga hasil, String alasan, Instant pada) {
        jdbc.sql("update jemput_bola_warga set status = ?, alasan = ?, hasil_pada = ?, direkam_pada = ? where id = ?")
                .params(hasil.name(), alasan, waktu(pada), hasil == StatusWarga.DIREKAM ? waktu(pada) : null, id).update();
    }

    /** Moves the card one station on: DICETAK, DI_KECAMATAN or DI_DESA, stamping when. */
    void kartu(long id, StatusWarga ke, Instant pada) {
        String kolom = switch (ke) {
            case DICETAK -> "dicetak_pada";
            case DI_KECAMATAN -> "di_kecamatan_pada";
            case DI_DESA -> "di_desa_pada";
            default -> throw new IllegalArgumentException(ke.name());
        };
        jdbc.sql("update jemput_bola_warga set status = ?, " + kolom + " = ? where id = ?")
                .params(ke.name(), waktu(pada), id).update();
    }

    void serahkan(long id, String penerima, LocalDate tanggal, String buktiJenis, byte[] foto, Instant pada) {
        jdbc.sql("update jemput_bola_warga set status = ?, diserahkan_pada = ?, penerima_nama = ?, penerima_tanggal = ?, "
                        + "bukti_jenis = ?, bukti_foto = ? where id = ?")
                .params(StatusWarga.DISERAHKAN.name(), waktu(pada), penerima, tanggal, buktiJenis, foto, id).update();
    }

    Optional<byte[]> foto(long id) {
        return jdbc.sql("select bukti_foto from jemput_bola_warga where id = ? and bukti_foto is not null").param(id)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    void aturBantuan(long warga, Set<ProgramBantuan> program) {
        jdbc.sql("delete from jemput_bola_bantuan where warga_id = ?").param(warga).update();
        for (ProgramBantuan p : program) {
            jdbc.sql("insert into jemput_bola_bantuan (warga_id, program) values (?, ?)").params(warga, p.name()).update();
        }
    }

    /** Programmes each resident of the batch receives. */
    Map<Long, Set<ProgramBantuan>> bantuan(long angkatan) {
        Map<Long, Set<ProgramBantuan>> hasil = new HashMap<>();
        jdbc.sql("select b.warga_id, b.program from jemput_bola_bantuan b join jemput_bola_warga w on w.id = b.warga_id "
                        + "where w.jemput_bola_id = ?").param(angkatan)
                .query(rs -> {
                    hasil.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(ProgramBantuan.class))
                            .add(ProgramBantuan.valueOf(rs.getString(2)));
                });
        return hasil;
    }

    void usulkanDtks(long id, Collection<ProgramBantuan> program) {
        List<String> nama = new ArrayList<>();
        program.forEach(p -> nama.add(p.name()));
        jdbc.sql("update jemput_bola_warga set usulan_program = ?, usulan_status = ?, usulan_alasan = null where id = ?")
                .params(String.join(",", nama), Warga.USUL_DIAJUKAN, id).update();
    }

    void evaluasi(long id, boolean diterima, String alasan) {
        jdbc.sql("update jemput_bola_warga set usulan_status = ?, usulan_alasan = ? where id = ?")
                .params(diterima ? Warga.USUL_DITERIMA : Warga.USUL_DITOLAK, alasan, id).update();
    }

    void fasilitasi(long id, Instant pada) {
        jdbc.sql("update jemput_bola_warga set difasilitasi_pada = ? where id = ?").params(waktu(pada), id).update();
    }

    private static OffsetDateTime waktu(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instan(ResultSet rs, String kolom) throws SQLException {
        OffsetDateTime t = rs.getObject(kolom, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Angkatan angkatan(ResultSet rs) throws SQLException {
        return new Angkatan(rs.getLong("id"), rs.getString("kecamatan_kode"), rs.getString("nama"), rs.getString("status"),
                rs.getString("berkas_nomor"), rs.getObject("langkah", Integer.class),
                rs.getObject("rapat_tanggal", LocalDate.class), rs.getString("rapat_catatan"), instan(rs, "rekam_mulai"),
                rs.getString("dibuat_oleh"), instan(rs, "dibuat_pada"));
    }

    private static Warga warga(ResultSet rs) throws SQLException {
        return new Warga(rs.getLong("id"), rs.getLong("jemput_bola_id"), rs.getLong("penduduk_id"), rs.getString("desa_kode"),
                rs.getString("nama"), rs.getString("nik_samar"), rs.getString("kategori"), rs.getString("alamat"),
                rs.getString("rt"), rs.getString("rw"), StatusWarga.valueOf(rs.getString("status")), rs.getString("alasan"),
                rs.getObject("kunjungan_tanggal", LocalDate.class), rs.getString("petugas"),
                rs.getObject("urutan", Integer.class), instan(rs, "hasil_pada"), instan(rs, "direkam_pada"),
                instan(rs, "dicetak_pada"), instan(rs, "di_kecamatan_pada"), instan(rs, "di_desa_pada"),
                instan(rs, "diserahkan_pada"), rs.getString("penerima_nama"),
                rs.getObject("penerima_tanggal", LocalDate.class), rs.getString("bukti_jenis"),
                rs.getString("usulan_program"), rs.getString("usulan_status"), rs.getString("usulan_alasan"),
                instan(rs, "difasilitasi_pada"));
    }
}
