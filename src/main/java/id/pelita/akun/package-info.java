/**
 * Akun (accounts): users, their roles and region scope, login with lock-out, API tokens, and the single
 * place where access is enforced: the security filter chain built from every module's
 * {@link id.pelita.inti.AturanAkses} and the region check of {@link id.pelita.akun.Akses}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Akun")
package id.pelita.akun;
