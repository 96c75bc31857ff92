/**
 * Posyandu (integrated village health post) and the KIA book (Buku Kesehatan Ibu dan Anak), seed 004
 * (GERAH TIAN HARI NI / FOKUS TUNTAS): posyandu and their cadres, the monthly session schedule (public page and
 * the WhatsApp question {@code JADWAL <desa>}), mothers and children with their KIA book, the cadres' session
 * screen (attendance and measurements, z-scores computed by module antropometri and stored with the
 * measurement), growth charts, stunting referrals into the PUL KOMPAS SOP and interventions.
 *
 * <p>Public API: {@link id.pelita.posyandu.JadwalPosyandu} (schedule as text, for the WhatsApp conversation),
 * events {@link id.pelita.posyandu.PengukuranDicatat}, {@link id.pelita.posyandu.RujukanStuntingDibuka},
 * {@link id.pelita.posyandu.SesiPosyanduDitutup}, and the enums {@link id.pelita.posyandu.AlasanRujukan},
 * {@link id.pelita.posyandu.JenisIntervensi}. Tables (V72): posyandu, kader_posyandu, jadwal_posyandu, ibu_kia,
 * anak_kia, sesi_posyandu, kehadiran_posyandu, pengukuran_anak, rujukan_stunting, intervensi_anak.
 * Monthly reports (SKDN, prevalence), FHIR export and the FOKUS TUNTAS forum live in
 * {@code internal.laporan} and {@code internal.forum}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Posyandu")
package id.pelita.posyandu;
