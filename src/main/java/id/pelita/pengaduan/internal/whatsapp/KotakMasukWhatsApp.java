package id.pelita.pengaduan.internal.whatsapp;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The inbox of raw webhook deliveries. Storing one publishes {@link KirimanMasuk} in the same transaction:
 * Spring Modulith keeps the publication until the listener has finished, so a delivery acknowledged to Meta
 * is processed even if the application stops in between (republished on restart).
 */
@Repository
class KotakMasukWhatsApp {

    enum Status { BARU, DIPROSES, TIDAK_TERPROSES }

    private final JdbcClient jdbc;
    private final Clock jam;
    private final ApplicationEventPublisher peristiwa;

    KotakMasukWhatsApp(JdbcClient jdbc, Clock jam, ApplicationEventPublisher peristiwa) {
        this.jdbc = jdbc;
        this.jam = jam;
        this.peristiwa = peristiwa;
    }

    @Transactional
    public long simpan(byte[] payload) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into pengaduan_wa_kiriman (diterima, payload, status) values (?, ?, ?)")
                .params(jam.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), payload, Status.BARU.name())
                .update(kunci, "id");
        long id = kunci.getKeyAs(Number.class).longValue();
        peristiwa.publishEvent(new KirimanMasuk(id));
        return id;
    }

    /** Locks a delivery still waiting (so two workers never take the same one) and returns its payload. */
    Optional<byte[]> kunciBaru(long id) {
        return jdbc.sql("select payload from pengaduan_wa_kiriman where id = ? and status = ? for update")
                .params(id, Status.BARU.name()).query((rs, i) -> rs.getBytes(1)).optional();
    }

    void tandai(long id, Status status, String catatan, int jumlahPesan, int jumlahStatus) {
        jdbc.sql("update pengaduan_wa_kiriman set status = ?, catatan = ?, jumlah_pesan = ?, jumlah_status = ?, "
                        + "diproses = ? where id = ?")
                .params(status.name(), catatan == null ? null : potong(catatan, 500), jumlahPesan, jumlahStatus,
                        jam.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), id)
                .update();
    }

    /** Deliveries left waiting longer than a minute (the listener failed): for the sweeper. */
    List<Long> tertunda() {
        return jdbc.sql("select id from pengaduan_wa_kiriman where status = ? and diterima < ? order by id")
                .params(Status.BARU.name(), jam.instant().minusSeconds(60).atOffset(ZoneOffset.UTC))
                .query(Long.class).list();
    }

    static String potong(String s, int maks) {
        return s.length() <= maks ? s : s.substring(0, maks);
    }
}
