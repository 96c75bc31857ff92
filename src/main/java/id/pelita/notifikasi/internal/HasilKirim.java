package id.pelita.notifikasi.internal;

/** What one attempt to send a row came to. */
sealed interface HasilKirim {

    /** Accepted by the provider; {@code idPenyedia} is its message id (may be null). */
    record Terkirim(String idPenyedia) implements HasilKirim {
    }

    /** Worth trying again later (provider down, timeout, rate limit). */
    record GagalSementara(String galat) implements HasilKirim {
    }

    /** Will never succeed (rejected request, bad recipient). */
    record GagalPermanen(String galat) implements HasilKirim {
    }
}
