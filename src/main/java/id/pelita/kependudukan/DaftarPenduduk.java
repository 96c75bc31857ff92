package id.pelita.kependudukan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The population register as other modules (posyandu, bansos, adminduk) may use it. Region checks are the
 * caller's (it knows which page asked); every read of one resident is audited here as the signed-in user
 * (or the system when there is none). The NIK never leaves the module in clear: callers get it masked.
 */
public interface DaftarPenduduk {

    Optional<RingkasPenduduk> cari(long pendudukId);

    /** By NIK (16 digits), through the keyed hash; empty when not registered or malformed. */
    Optional<RingkasPenduduk> cariNik(String nik);

    /** Living residents now in the village born on or after {@code lahirSejak} (e.g. under-fives), by name. */
    List<RingkasPenduduk> lahirSejak(String desaKode, LocalDate lahirSejak);

    /**
     * Living residents now in the village who are vulnerable on {@code per}: aged 60 or more, or with any
     * disability (mental disability = ODGJ), by name.
     */
    List<RingkasPenduduk> rentan(String desaKode, LocalDate per);

    /** Members of one family (same KK), head first. */
    List<RingkasPenduduk> anggotaKeluarga(long keluargaId);

    /**
     * Sets the e-KTP recording state (SIAK code 1–8, see kependudukan/kode-siak.properties, e.g. 3 = Sudah
     * Rekam, 8 = Card Issued), audited with {@code keterangan}.
     *
     * @throws id.pelita.inti.GalatValidasi for an unknown code
     * @throws id.pelita.inti.TidakDitemukan for an unknown resident
     */
    void ubahStatusKtp(long pendudukId, int kodeStatusKtp, String keterangan);

    /** SIAK e-KTP recording state "Belum Rekam" (not yet recorded). */
    int KTP_BELUM_REKAM = 2;
    /** SIAK e-KTP recording state "Sudah Rekam" (recorded). */
    int KTP_SUDAH_REKAM = 3;
    /** SIAK e-KTP recording state "Card Issued". */
    int KTP_KARTU_TERBIT = 8;

    /**
     * A resident as other modules see them.
     *
     * @param nikSamar the NIK masked (first 4 and last 2 digits shown)
     * @param disabilitas FISIK, SENSORIK, INTELEKTUAL or MENTAL (ODGJ); null when none
     * @param statusKtp SIAK e-KTP recording code (1–8)
     * @param status HIDUP, MATI or PINDAH
     */
    record RingkasPenduduk(long id, long keluargaId, String nikSamar, String nama, JenisKelamin jenisKelamin,
                           LocalDate tanggalLahir, String desaKode, int statusKtp, String disabilitas,
                           String status) {

        public boolean hidup() {
            return "HIDUP".equals(status);
        }
    }
}
