package id.pelita.pengaduan.internal.open311;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What Open311 reads of the complaints. Reads only columns that may become public (never phone, name, e-mail,
 * coordinates or photo); lists never contain STUNTING complaints, whatever the filter.
 */
@Repository
class Kueri311 {

    static final List<String> STATUS_TERBUKA = List.of("DITERIMA", "DIPROSES");
    static final int BATAS = 1000;

    record Baris(String kode, String kategori, String desaKode, String kecamatanKode, String uraian, String status,
                 Instant dibuatPada) {
        boolean terbuka() {
            return STATUS_TERBUKA.contains(status);
        }
    }

    /** Filters of GET requests; {@code status} null means open and closed. */
    record Saring(String kecamatan, List<String> kategori, Instant dari, Instant sampai, Boolean terbuka) {
    }

    private static final String KOLOM = "select kode, kategori, desa_kode, kecamatan_kode, uraian, status, dibuat_pada "
            + "from pengaduan ";
    private static final RowMapper<Baris> BARIS = (rs, i) -> new Baris(rs.getString("kode"), rs.getString("kategori"),
            rs.getString("desa_kode"), rs.getString("kecamatan_kode"), rs.getString("uraian"), rs.getString("status"),
            rs.getObject("dibuat_pada", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;

    Kueri311(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Baris> satu(String kode) {
        return jdbc.sql(KOLOM + "where kode = :kode").param("kode", kode).query(BARIS).optional();
    }

    List<Baris> daftar(Saring s) {
        if (s.kategori().isEmpty()) {
            return List.of();
        }
        String status = s.terbuka() == null ? ""
                : s.terbuka() ? "and status in (:terbuka) " : "and status not in (:terbuka) ";
        var q = jdbc.sql(KOLOM + "where kecamatan_kode = :kec and kategori <> 'STUNTING' and kategori in (:kategori) "
                        + "and dibuat_pada >= :dari and dibuat_pada <= :sampai " + status
                        + "order by dibuat_pada desc, id desc limit " + BATAS)
                .param("kec", s.kecamatan())
                .param("kategori", s.kategori())
                .param("dari", waktu(s.dari()))
                .param("sampai", waktu(s.sampai()));
        if (s.terbuka() != null) {
            q = q.param("terbuka", STATUS_TERBUKA);
        }
        return q.query(BARIS).list();
    }

    List<Baris> menurutKode(String kecamatan, List<String> kode) {
        if (kode.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(KOLOM + "where kecamatan_kode = :kec and kategori <> 'STUNTING' and kode in (:kode) "
                        + "order by dibuat_pada desc, id desc limit " + BATAS)
                .param("kec", kecamatan).param("kode", kode).query(BARIS).list();
    }

    void catatPengirim(String kode, long penggunaId, String username, long tokenId, String deviceId, String accountId,
                       Instant kini) {
        jdbc.sql("insert into pengaduan_open311 (pengaduan_kode, pengguna_id, username, token_api_id, device_id, "
                        + "account_id, dibuat_pada) values (?, ?, ?, ?, ?, ?, ?)")
                .params(kode, penggunaId, username, tokenId, deviceId, accountId, waktu(kini))
                .update();
    }

    private static OffsetDateTime waktu(Instant i) {
        return i.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
