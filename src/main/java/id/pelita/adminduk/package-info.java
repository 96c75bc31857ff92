/**
 * Adminduk (population administration services of the kecamatan). First part: jemput bola e-KTP (SOP
 * JEMPUT-BOLA-EKTP, Kec. Dolopo): villages propose vulnerable residents whose e-KTP is not yet recorded
 * (elderly, disabled, ODGJ), the kecamatan records them at home in batches, follows printing and handover,
 * and then the social-aid follow-up (aid received, DTKS proposals, evaluation, facilitation). A batch runs as
 * one SOP case of the {@code layanan} module; the resident's e-KTP state is updated in the population register.
 * No public API yet: other modules do not need it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Adminduk")
package id.pelita.adminduk;
