package id.pelita.audit.internal;

import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.audit.EntriAudit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Inserts only: nothing in the application updates or deletes audit rows. */
@Service
class AuditLogJdbc implements AuditLog {

    static final String SISTEM = "sistem";
    static final String ANONIM = "anonim";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock jam;

    AuditLogJdbc(JdbcClient jdbc, JdbcTemplate batch, Clock jam) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.jam = jam;
    }

    @Override
    public void catat(AksiAudit aksi, String jenisData, String dataId, String wilayahKode, String keterangan) {
        simpan(pelakuSaatIni(), aksi, jenisData, dataId, wilayahKode, keterangan);
    }

    @Override
    public void catatBanyak(AksiAudit aksi, String jenisData, String wilayahKode, java.util.Map<String, String> keterangan) {
        if (keterangan.isEmpty()) {
            return;
        }
        OffsetDateTime waktu = OffsetDateTime.now(jam).withOffsetSameInstant(ZoneOffset.UTC);
        String pelaku = pelakuSaatIni();
        String ip = alamatIp();
        List<Object[]> baris = new ArrayList<>(keterangan.size());
        keterangan.forEach((id, k) -> baris.add(new Object[] {waktu, pelaku, aksi.name(), jenisData, id, wilayahKode,
                potong(k, 500), ip}));
        batch.batchUpdate("insert into audit_log (waktu, pelaku, aksi, jenis_data, data_id, wilayah_kode, keterangan, "
                + "alamat_ip) values (?,?,?,?,?,?,?,?)", baris);
    }

    @Override
    public void catatSistem(AksiAudit aksi, String jenisData, String dataId, String wilayahKode, String keterangan) {
        simpan(SISTEM, aksi, jenisData, dataId, wilayahKode, keterangan);
    }

    @Override
    public List<EntriAudit> tentang(String jenisData, String dataId, int batas) {
        return cari(new SaringanAudit(null, jenisData, dataId, null, null, null), null, batas);
    }

    /** @param cakupan region scope of the asking administrator: only entries inside it (null: all) */
    List<EntriAudit> cari(SaringanAudit s, String cakupan, int batas) {
        StringBuilder sql = new StringBuilder("select id, waktu, pelaku, aksi, jenis_data, data_id, wilayah_kode, "
                + "keterangan, alamat_ip from audit_log where 1 = 1");
        List<Object> param = new ArrayList<>();
        tambah(sql, param, " and pelaku = ?", s.pelaku());
        tambah(sql, param, " and jenis_data = ?", s.jenisData());
        tambah(sql, param, " and data_id = ?", s.dataId());
        tambah(sql, param, " and aksi = ?", s.aksi() == null ? null : s.aksi().name());
        if (s.dari() != null) {
            sql.append(" and waktu >= ?");
            param.add(s.dari().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (s.sampai() != null) {
            sql.append(" and waktu < ?");
            param.add(s.sampai().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (cakupan != null) {
            sql.append(" and (wilayah_kode = ? or wilayah_kode like ?)");
            param.add(cakupan);
            param.add(cakupan + ".%");
        }
        sql.append(" order by id desc limit ").append(Math.max(1, Math.min(batas, 1000)));
        return jdbc.sql(sql.toString()).params(param).query(this::baris).list();
    }

    private static void tambah(StringBuilder sql, List<Object> param, String klausa, String nilai) {
        if (nilai != null && !nilai.isBlank()) {
            sql.append(klausa);
            param.add(nilai.trim());
        }
    }

    private void simpan(String pelaku, AksiAudit aksi, String jenisData, String dataId, String wilayahKode,
                        String keterangan) {
        jdbc.sql("insert into audit_log (waktu, pelaku, aksi, jenis_data, data_id, wilayah_kode, keterangan, alamat_ip) "
                        + "values (?,?,?,?,?,?,?,?)")
                .params(OffsetDateTime.now(jam).withOffsetSameInstant(ZoneOffset.UTC), pelaku, aksi.name(), jenisData,
                        dataId, wilayahKode, potong(keterangan, 500), alamatIp())
                .update();
    }

    private static String pelakuSaatIni() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated()) {
            return ANONIM;
        }
        return a.getName();
    }

    private static String alamatIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes atribut) {
            return potong(atribut.getRequest().getRemoteAddr(), 45);
        }
        return null;
    }

    private static String potong(String s, int maks) {
        return s == null || s.length() <= maks ? s : s.substring(0, maks);
    }

    private EntriAudit baris(ResultSet rs, int n) throws SQLException {
        return new EntriAudit(rs.getLong("id"), rs.getObject("waktu", OffsetDateTime.class).toInstant(),
                rs.getString("pelaku"), AksiAudit.valueOf(rs.getString("aksi")), rs.getString("jenis_data"),
                rs.getString("data_id"), rs.getString("wilayah_kode"), rs.getString("keterangan"),
                rs.getString("alamat_ip"));
    }
}
