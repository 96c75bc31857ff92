package id.pelita.posyandu.internal.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A monthly FOKUS TUNTAS forum meeting of a kecamatan; {@code berkasNomor} is its SOP case, {@code status}
 * follows the case's steps (see {@link StatusRapat}).
 *
 * @param bulan the month the meeting coordinates (first day)
 */
record RapatForum(long id, String kecamatanKode, LocalDate bulan, LocalDate tanggal, String jam, String tempat,
                  String berkasNomor, StatusRapat status, String notulen, String dibuatOleh, Instant dibuatPada,
                  int versi) {

    public YearMonth bulanLaporan() {
        return YearMonth.from(bulan);
    }

    /** Agenda, invitations and attendance may change until the camat confirms the minutes. */
    public boolean bolehUbahRapat() {
        return status == StatusRapat.DIRENCANAKAN || status == StatusRapat.DIUNDANG;
    }

    record Agenda(long id, int urutan, String judul) {
    }

    record Hadir(long id, String nama, String unsur, boolean hadir) {
    }

    record Keputusan(long id, int urutan, String isi) {
    }

    record TindakLanjut(long id, String penanggungJawab, String uraian, LocalDate tenggat, Instant selesaiPada,
                        String selesaiOleh, String catatan) {

        public boolean selesai() {
            return selesaiPada != null;
        }

        public boolean terlambat(LocalDate hariIni) {
            return selesaiPada == null && hariIni.isAfter(tenggat);
        }
    }
}
