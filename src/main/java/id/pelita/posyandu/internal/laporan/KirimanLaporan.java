package id.pelita.posyandu.internal.laporan;

import id.pelita.akun.DirektoriPengguna;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.Peran;
import id.pelita.notifikasi.Notifikasi;
import id.pelita.notifikasi.PesanKeluar;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Wilayah;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Monthly reports delivered to the district team (seed 001 PUL KOMPAS and 004 FOKUS TUNTAS: "laporan perkembangan
 * stunting setiap bulan kepada Tim Penuntasan Stunting Kabupaten di Tembilahan"): the report is frozen as PDF and
 * XLSX when prepared, and when sent every active TIM_KABUPATEN user of the kabupaten is notified and finds it on
 * /posyandu/laporan/kiriman (as module pengaduan delivers its closing reports).
 */
@Service
public class KirimanLaporan {

    record Kiriman(long id, String wilayahKode, String kabupatenKode, YearMonth bulan, String judul, String berkasNomor,
                   String disusunOleh, Instant disusunPada, String dikirimOleh, Instant dikirimPada) {
    }

    private final JdbcClient jdbc;
    private final HitungLaporan hitung;
    private final CetakLaporan cetak;
    private final DirektoriWilayah wilayah;
    private final DirektoriPengguna pengguna;
    private final Notifikasi notifikasi;
    private final AuditLog audit;
    private final Clock jam;

    KirimanLaporan(JdbcClient jdbc, HitungLaporan hitung, CetakLaporan cetak, DirektoriWilayah wilayah,
                   DirektoriPengguna pengguna, Notifikasi notifikasi, AuditLog audit, Clock jam) {
        this.jdbc = jdbc;
        this.hitung = hitung;
        this.cetak = cetak;
        this.wilayah = wilayah;
        this.pengguna = pengguna;
        this.notifikasi = notifikasi;
        this.audit = audit;
        this.jam = jam;
    }

    /** Freezes the month's report of a kecamatan (region already checked by the caller). */
    @Transactional
    public long susun(String kecamatanKode, YearMonth bulan, String oleh, String berkasNomor) {
        Wilayah w = wilayah.cari(kecamatanKode).orElseThrow();
        LaporanBulanan l = hitung.hitung(w, bulan);
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into laporan_posyandu_kiriman (wilayah_kode, kabupaten_kode, bulan, judul, pdf, xlsx, berkas_nomor, "
                        + "disusun_oleh, disusun_pada) values (?,?,?,?,?,?,?,?,?)")
                .params(kecamatanKode, kecamatanKode.substring(0, 5), bulan.atDay(1), CetakLaporan.judul(l), cetak.pdf(l),
                        cetak.xlsx(l), berkasNomor, oleh, utc(jam.instant()))
                .update(kunci, "id");
        long id = kunci.getKey().longValue();
        audit.catat(AksiAudit.BUAT, "laporan-posyandu", String.valueOf(id), kecamatanKode, "Laporan bulan " + bulan);
        return id;
    }

    /** Sends a prepared report: stamped, and the district team is told in the app. */
    @Transactional
    public void kirim(long id, String oleh) {
        Kiriman k = cari(id).orElseThrow();
        if (k.dikirimPada() != null) {
            return;
        }
        jdbc.sql("update laporan_posyandu_kiriman set dikirim_oleh = ?, dikirim_pada = ? where id = ? and dikirim_pada is null")
                .params(oleh, utc(jam.instant()), id).update();
        audit.catat(AksiAudit.UBAH, "laporan-posyandu", String.valueOf(id), k.wilayahKode(),
                "Laporan bulan " + k.bulan() + " dikirim ke tim kabupaten");
        for (var u : pengguna.aktif(Peran.TIM_KABUPATEN, k.kabupatenKode())) {
            notifikasi.kirim(PesanKeluar.aplikasi(u.username(), k.judul(),
                    "Laporan bulanan posyandu " + k.bulan() + " dari " + wilayah.namaLengkap(k.wilayahKode())
                            + " telah dikirim. Buka menu Laporan posyandu masuk.",
                    "laporan-posyandu:" + id + ":" + u.username()));
        }
    }

    /** The report prepared for a case (SOP step 4 of a forum meeting), if any. */
    public Optional<Long> untukBerkas(String berkasNomor) {
        return jdbc.sql("select max(id) from laporan_posyandu_kiriman where berkas_nomor = ?").param(berkasNomor)
                .query(Long.class).optional();
    }

    Optional<Kiriman> cari(long id) {
        return jdbc.sql("select id, wilayah_kode, kabupaten_kode, bulan, judul, berkas_nomor, disusun_oleh, disusun_pada, "
                + "dikirim_oleh, dikirim_pada from laporan_posyandu_kiriman where id = ?").param(id).query(this::baris)
                .optional();
    }

    /** Sent reports of kecamatan inside (or containing) the scope, newest first; all when null. */
    List<Kiriman> terkirim(String cakupan, int batas) {
        String sql = "select id, wilayah_kode, kabupaten_kode, bulan, judul, berkas_nomor, disusun_oleh, disusun_pada, "
                + "dikirim_oleh, dikirim_pada from laporan_posyandu_kiriman where dikirim_pada is not null";
        var q = cakupan == null ? jdbc.sql(sql + " order by dikirim_pada desc, id desc limit " + batas)
                : jdbc.sql(sql + " and (wilayah_kode = ? or wilayah_kode like ? or ? like wilayah_kode || '.%') "
                + "order by dikirim_pada desc, id desc limit " + batas).params(cakupan, cakupan + ".%", cakupan);
        return q.query(this::baris).list();
    }

    Optional<byte[]> berkas(long id, String kolom) {
        String k = "pdf".equals(kolom) ? "pdf" : "xlsx";
        return jdbc.sql("select " + k + " from laporan_posyandu_kiriman where id = ?").param(id).query(byte[].class).optional();
    }

    private Kiriman baris(ResultSet rs, int i) throws SQLException {
        return new Kiriman(rs.getLong(1), rs.getString(2), rs.getString(3), YearMonth.from(rs.getObject(4, LocalDate.class)),
                rs.getString(5), rs.getString(6), rs.getString(7), waktu(rs.getObject(8, OffsetDateTime.class)),
                rs.getString(9), waktu(rs.getObject(10, OffsetDateTime.class)));
    }

    private static Instant waktu(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
