package id.pelita.kependudukan.internal;

import id.pelita.kependudukan.JenisKelamin;

import java.time.LocalDate;

/** A resident (penduduk) as read, with the NIK decrypted; codes are SIAK codes ({@link KodeSiak}). */
public record Penduduk(long id, String nik, long keluargaId, String desaKode, String nama, JenisKelamin jenisKelamin,
                       String tempatLahir, LocalDate tanggalLahir, int agama, int pendidikan, int pekerjaan,
                       int statusKawin, int shdk, int golonganDarah, Disabilitas disabilitas, int statusRekamKtp,
                       int kewarganegaraan, String telepon, StatusPenduduk status) {
}
