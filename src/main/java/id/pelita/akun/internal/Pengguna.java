package id.pelita.akun.internal;

import id.pelita.akun.PenggunaSaatIni;
import id.pelita.inti.Peran;

import java.time.Instant;
import java.util.Set;

/** A user account as stored. */
record Pengguna(Long id, String username, String nama, String email, String telepon, String sandiHash,
                String wilayahKode, String seksi, boolean aktif, int gagalLogin, Instant terkunciSampai,
                Instant dibuatPada, Set<Peran> peran) {

    boolean terkunci(Instant sekarang) {
        return terkunciSampai != null && terkunciSampai.isAfter(sekarang);
    }

    PenggunaSaatIni sebagaiSaatIni() {
        return new PenggunaSaatIni(id, username, nama, Set.copyOf(peran), wilayahKode, seksi);
    }
}
