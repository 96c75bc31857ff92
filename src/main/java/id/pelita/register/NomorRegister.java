package id.pelita.register;

import java.time.Instant;

/** One issued register number, e.g. urut 7 of 2026 → "007/KEMAS/III/2026". */
public record NomorRegister(String kodeRegister, int tahun, int urut, String nomor, String referensi,
                            Instant diterbitkan) {
}
