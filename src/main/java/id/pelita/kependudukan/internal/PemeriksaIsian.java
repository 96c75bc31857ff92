package id.pelita.kependudukan.internal;

import id.pelita.inti.GalatValidasi;
import id.pelita.kependudukan.AturanNik;
import id.pelita.wilayah.DirektoriWilayah;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Business rules of entered data beyond field syntax: SIAK codes, NIK and KK rules, and uniqueness of NIK and
 * KK across the deployment. Returns the NIK warnings (message keys) the operator should see.
 */
@Component
class PemeriksaIsian {

    private final DirektoriWilayah wilayah;
    private final RepositoriPenduduk penduduk;
    private final RepositoriKeluarga keluarga;

    PemeriksaIsian(DirektoriWilayah wilayah, RepositoriPenduduk penduduk, RepositoriKeluarga keluarga) {
        this.wilayah = wilayah;
        this.penduduk = penduduk;
        this.keluarga = keluarga;
    }

    /** @param awalan field prefix for messages ("kepala." inside the new-family form, else "") */
    List<String> periksaPenduduk(FormPenduduk f, String awalan, Long pendudukId, GalatValidasi.Kumpulan galat) {
        kode(galat, awalan + "agama", KodeSiak.AGAMA, f.getAgama());
        kode(galat, awalan + "pendidikan", KodeSiak.PENDIDIKAN, f.getPendidikan());
        kode(galat, awalan + "pekerjaan", KodeSiak.PEKERJAAN, f.getPekerjaan());
        kode(galat, awalan + "statusKawin", KodeSiak.STATUS_KAWIN, f.getStatusKawin());
        kode(galat, awalan + "shdk", KodeSiak.SHDK, f.getShdk());
        kode(galat, awalan + "golonganDarah", KodeSiak.GOLONGAN_DARAH, f.getGolonganDarah());
        kode(galat, awalan + "statusRekamKtp", KodeSiak.STATUS_REKAM_KTP, f.getStatusRekamKtp());
        kode(galat, awalan + "kewarganegaraan", KodeSiak.KEWARGANEGARAAN, f.getKewarganegaraan());
        AturanNik.Hasil nik = AturanNik.periksa(f.getNik(), f.getTanggalLahir(), f.getJenisKelamin(),
                kode -> wilayah.cari(kode).isPresent());
        if (!nik.sah()) {
            galat.tambah(awalan + "nik", nik.galat().kunciPesan());
            return List.of();
        }
        f.setNik(nik.nik());
        return nik.peringatan().stream().map(AturanNik.Peringatan::kunciPesan).toList();
    }

    /** Throws when the NIK already belongs to another resident (call after the other checks passed). */
    void pastikanNikBaru(String nik, Long pendudukId, String field) {
        Optional<String> desa = penduduk.desaDenganNik(nik, pendudukId);
        if (desa.isPresent()) {
            throw new NomorSudahTerdaftar(field, "penduduk.nik.terdaftar", wilayah.namaLengkap(desa.get()));
        }
    }

    void periksaNoKk(String noKk, GalatValidasi.Kumpulan galat) {
        if (noKk == null || !noKk.matches("\\d{16}")) {
            galat.tambah("noKk", "keluarga.nokk.pola");
        } else if (noKk.endsWith("0000")) {
            galat.tambah("noKk", "keluarga.nokk.pola");
        }
    }

    void pastikanNoKkBaru(String noKk) {
        Optional<String> desa = keluarga.desaDenganNoKk(noKk);
        if (desa.isPresent()) {
            throw new NomorSudahTerdaftar("noKk", "keluarga.nokk.terdaftar", wilayah.namaLengkap(desa.get()));
        }
    }

    private static void kode(GalatValidasi.Kumpulan galat, String field, String jenis, Integer nilai) {
        if (!KodeSiak.sah(jenis, nilai)) {
            galat.tambah(field, "penduduk.kode.tidak.sah");
        }
    }
}
