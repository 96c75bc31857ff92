package id.pelita.bansos.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A BSPPS coordination-meeting request; {@code pemohonUsername} null = walk-in recorded by staff. */
record Rakor(long id, String kecamatanKode, String desaKode, String pemohonNama, String pemohonKontak,
             String pemohonUsername, String perihal, LocalDate tanggalRakor, String tempat, String berkasNomor,
             String nomorSurat, String dokumenKode, String dibuatOleh, Instant dibuatPada) {

    boolean walkIn() {
        return pemohonUsername == null;
    }

    record Lampiran(long id, long rakorId, String jenis, String nama, String tipe, int ukuran, String diunggahOleh,
                    Instant diunggahPada) {
    }
}
