package id.pelita.akun.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param maksGagalLogin failed logins in a row that lock an account
 * @param durasiKunci how long it stays locked
 */
@ConfigurationProperties("pelita.akun")
record PengaturanAkun(int maksGagalLogin, Duration durasiKunci) {
}
