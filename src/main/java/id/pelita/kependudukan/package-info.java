/**
 * Kependudukan (population data): families (keluarga, one per family card "KK"), residents (penduduk) and
 * their events (mutasi: birth, death, moving in and out, change of family), keyed by village operators under
 * the SOP TAJUK RETEH. NIK (Nomor Induk Kependudukan, the national identity number) and KK numbers are
 * personal data under UU 27/2022: encrypted at rest, masked on screen for roles that do not need them, and
 * every read of a resident's record is audited. Its API for other modules: the NIK rules ({@link
 * id.pelita.kependudukan.AturanNik}) and read access to the register ({@link id.pelita.kependudukan.DaftarPenduduk}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kependudukan")
package id.pelita.kependudukan;
