/**
 * Wilayah (regions): the Kemendagri hierarchy of Indonesia (provinsi, kabupaten/kota, kecamatan,
 * desa/kelurahan) shipped in the jar, the kecamatan this deployment serves, and the RT/RW that users
 * create below a village.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wilayah")
package id.pelita.wilayah;
