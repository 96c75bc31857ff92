package id.pelita.notifikasi.internal;

import id.pelita.notifikasi.Saluran;
import java.time.Instant;
import java.util.Optional;

/** Delivers rows of one channel. */
interface PengirimSaluran {

    Saluran saluran();

    /** Why this channel cannot send now (missing configuration), or empty when it can. */
    Optional<String> belumSiap();

    /** One attempt; never throws for provider errors, reports them as a {@link HasilKirim}. */
    HasilKirim kirim(BarisKeluar baris, Instant sekarang);
}
