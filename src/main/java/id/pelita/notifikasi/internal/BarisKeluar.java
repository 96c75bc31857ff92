package id.pelita.notifikasi.internal;

import id.pelita.notifikasi.Saluran;
import java.time.Instant;
import java.util.List;

/** A row of {@code notifikasi_keluar}. */
record BarisKeluar(long id, Saluran saluran, String tujuan, String subjek, String isi, String templat,
                   List<String> parameterTemplat, String kunciUnik, StatusKeluar status, int percobaan,
                   Instant berikutnya, String galatTerakhir, String idPenyedia, Instant dibuatPada,
                   Instant terkirimPada, Instant dibacaPada) {
}
