package id.pelita.layanan.internal;

import java.time.Instant;

/** A case as stored. */
record Berkas(long id, String nomor, String sopKode, int sopVersi, String sopNama, String prosesId, String wilayahKode,
              String kecamatanKode, String pemohonNama, String pemohonKontak, String ringkasan, String status,
              String nomorRegister, String dibuatOleh, Instant dibuatPada, Instant selesaiPada,
              String rujukan) {

    static final String BERJALAN = "BERJALAN";
    static final String SELESAI = "SELESAI";
    /** Stopped before its end, e.g. the complaint it handled was a duplicate. */
    static final String BATAL = "BATAL";
}
