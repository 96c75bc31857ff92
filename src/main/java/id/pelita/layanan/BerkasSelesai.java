package id.pelita.layanan;

/** Published when a case reaches the end of its SOP; {@code nomorRegister} is null when the SOP keeps no register. */
public record BerkasSelesai(String nomorBerkas, String sopKode, String wilayahKode, String nomorRegister) {
}
