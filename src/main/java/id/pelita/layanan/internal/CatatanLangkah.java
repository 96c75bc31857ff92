package id.pelita.layanan.internal;

import java.time.Instant;

/** One step of a case as it happened: who, when, against which deadline, with what result. */
record CatatanLangkah(long id, long berkasId, int langkahNo, String kegiatan, String peran, String tugasId,
                      Instant mulai, Instant tenggat, Instant selesai, String oleh, Integer durasiMenit,
                      boolean terlambat, String dieskalasiKe, String keputusan, String output, String catatan,
                      String kelengkapan) {

    boolean aktif() {
        return selesai == null;
    }
}
