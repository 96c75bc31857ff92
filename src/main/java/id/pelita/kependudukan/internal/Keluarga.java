package id.pelita.kependudukan.internal;

/** A family (keluarga) as on its family card (KK, Kartu Keluarga), with the KK number decrypted. */
public record Keluarga(long id, String noKk, String desaKode, String alamat, String rt, String rw, Long kepalaId) {
}
