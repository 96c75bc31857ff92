package id.pelita.notifikasi.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbox sending.
 *
 * @param ukuranBatch rows one sender claims per round
 * @param maksPercobaan attempts before a row becomes GAGAL_PERMANEN
 * @param jedaAwal wait after the first failure; doubled after each further failure
 * @param jedaMaks the longest wait between attempts
 * @param batasKlaim how long a claim lasts; longer than the slowest send, so a row claimed by an
 *                   instance that died is sent again after it, but never while the claim still runs
 */
@ConfigurationProperties("pelita.notifikasi")
record PengaturanNotifikasi(@DefaultValue("20") int ukuranBatch, @DefaultValue("10") int maksPercobaan,
                            @DefaultValue("1m") Duration jedaAwal, @DefaultValue("1h") Duration jedaMaks,
                            @DefaultValue("2m") Duration batasKlaim) {

    /** Wait before attempt {@code percobaan + 1}, after {@code percobaan} failed ones: 1, 2, 4, ... capped. */
    Duration jeda(int percobaan) {
        int pangkat = Math.min(Math.max(percobaan - 1, 0), 30);
        Duration d = jedaAwal.multipliedBy(1L << pangkat);
        return d.compareTo(jedaMaks) > 0 ? jedaMaks : d;
    }
}
