package id.pelita.wilayah.internal;

import java.time.OffsetDateTime;

/** An RT (neighbourhood unit) within an RW of a village, recorded by a user. rw and rt are 3 digits, e.g. "001". */
record RukunTetangga(long id, String desaKode, String rw, String rt, String namaKetua, String dibuatOleh,
        OffsetDateTime dibuatPada) {
}
