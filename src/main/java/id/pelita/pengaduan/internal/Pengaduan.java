package id.pelita.pengaduan.internal;

import java.time.Instant;

/** A stored complaint with its handling state. */
record Pengaduan(long id, String kode, Kategori kategori, String desaKode, String kecamatanKode, String uraian,
                 Saluran saluran, String telepon, String namaPelapor, String email, boolean anonim, Double lintang,
                 Double bujur, String fotoMediaId, String status, Instant dibuatPada, String dicatatOleh,
                 String berkasNomor, String digabungKe, String alasan) {

    static final String DITERIMA = "DITERIMA";
    static final String DIPROSES = "DIPROSES";
    static final String SELESAI = "SELESAI";
    static final String TIDAK_VALID = "TIDAK_VALID";
    static final String DIGABUNG = "DIGABUNG";

    /** Still waiting for or under handling; merged, invalid and finished complaints are closed. */
    public boolean terbuka() {
        return DITERIMA.equals(status) || DIPROSES.equals(status);
    }

    String kabupatenKode() {
        return kecamatanKode.substring(0, kecamatanKode.lastIndexOf('.'));
    }
}
