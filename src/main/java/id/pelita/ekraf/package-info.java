/**
 * Ekonomi kreatif (creative economy): the VCO (virgin coconut oil) programme of Kec. Mandah, SOP
 * 018/MDH-UM/II/2022. Producers registered by decree with their permits; one programme plan per kecamatan and
 * year, each a case of the VCO SOP that TP-PKK and the camat run through its four steps from this module's pages
 * (plan, counselling sessions, coaching visits, stakeholder support); a public catalogue of the producers.
 * The module offers no API to other modules: it only uses theirs ({@code layanan}, {@code wilayah},
 * {@code akun}, {@code audit}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ekonomi Kreatif")
package id.pelita.ekraf;
