/**
 * Bansos (social aid): the BSPPS coordination meeting (Bantuan Sosial Pangan Program Sembako, seed 002,
 * Kec. Trawas) — a TKSK or a walk-in applicant files a request with the village cover letter, staff check and
 * process it, the section head initials, the camat signs (the letter is numbered in the Register Rakor BSPPS
 * and signed electronically, PAdES, with a QR code to its public verification page), the applicant collects it;
 * the case runs on SOP BSPPS-RAKOR. Also the beneficiary families (KPM) of each aid programme per village, the
 * distribution rounds with handover proofs, and a warning when a family already receives another programme.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bansos")
package id.pelita.bansos;
