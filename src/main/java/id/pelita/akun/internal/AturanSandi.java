package id.pelita.akun.internal;

import java.util.Optional;

/** Password policy: long enough to resist guessing, not the username, not a demo default. */
final class AturanSandi {

    static final int PANJANG_MIN = 10;

    private AturanSandi() {
    }

    /** The message key of the first rule the password breaks, if any. */
    static Optional<String> periksa(String sandi, String username) {
        if (sandi == null || sandi.length() < PANJANG_MIN) {
            return Optional.of("sandi.terlalu.pendek");
        }
        if (sandi.length() > 128) {
            return Optional.of("sandi.terlalu.panjang");
        }
        if (username != null && sandi.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("sandi.mengandung.username");
        }
        if (sandi.chars().distinct().count() < 5) {
            return Optional.of("sandi.terlalu.sederhana");
        }
        return Optional.empty();
    }
}
