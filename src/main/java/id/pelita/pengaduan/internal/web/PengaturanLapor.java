package id.pelita.pengaduan.internal.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Limits of the public web form and tracking page ({@code pelita.lapor.*}).
 *
 * @param batasPerIpPerJam        complaints one IP address may file per hour
 * @param batasPerTeleponPerHari  complaints one phone number may file per day
 * @param batasSalahKodePerHari   wrong phone digits tried against one tracking code per day before it is locked
 * @param kesulitan               proof-of-work size: the browser tries on average half this many SHA-256 hashes
 * @param umurTantangan           how long a challenge stays valid (the time to fill the form)
 * @param rahasiaTantangan        HMAC key signing the challenges; set the same value on every instance
 *                                ({@code PELITA_LAPOR_RAHASIA}); empty means a random key per start (one instance only)
 * @param fotoMaks                photos per complaint
 * @param fotoUkuranMaks          size of one uploaded photo
 * @param fotoSisiMaks            longest side, in pixels, of a stored photo (larger ones are scaled down)
 */
@ConfigurationProperties("pelita.lapor")
record PengaturanLapor(@DefaultValue("10") int batasPerIpPerJam,
                       @DefaultValue("5") int batasPerTeleponPerHari,
                       @DefaultValue("5") int batasSalahKodePerHari,
                       @DefaultValue("50000") long kesulitan,
                       @DefaultValue("20m") Duration umurTantangan,
                       @DefaultValue("") String rahasiaTantangan,
                       @DefaultValue("3") int fotoMaks,
                       @DefaultValue("5MB") DataSize fotoUkuranMaks,
                       @DefaultValue("1600") int fotoSisiMaks) {
}
