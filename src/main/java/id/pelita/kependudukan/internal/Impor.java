package id.pelita.kependudukan.internal;

import java.time.OffsetDateTime;

/** One import job as stored (table impor_penduduk). */
record Impor(long id, String desaKode, String namaBerkas, String jenisBerkas, String formatKolom, Status status,
             String mode, String pesan, int jumlahBaris, int diproses, int barisSah, int barisGalat,
             int barisPeringatan, int baru, int diubah, int tidakBerubah, int keluargaBaru, String dibuatOleh,
             OffsetDateTime dibuatPada, OffsetDateTime selesaiPada) {

    enum Status {
        MENGANALISIS, SIAP, MENYIMPAN, SELESAI, DITOLAK, GAGAL, DIBATALKAN;

        boolean berjalan() {
            return this == MENGANALISIS || this == MENYIMPAN;
        }

        public String kunciLabel() {
            return "impor.status." + name();
        }
    }

    /** Progress of the running phase in percent; -1 when the total is not known yet (still reading). */
    public int persen() {
        if (!status.berjalan()) {
            return 100;
        }
        return jumlahBaris <= 0 ? -1 : Math.min(100, diproses * 100 / jumlahBaris);
    }

    public boolean berjalan() {
        return status.berjalan();
    }
}
