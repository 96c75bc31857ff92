package id.pelita.adminduk.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A resident in a batch, with the progress of their e-KTP and the social-aid follow-up. */
public record Warga(long id, long angkatanId, long pendudukId, String desaKode, String nama, String nikSamar,
                    String kategori, String alamat, String rt, String rw, StatusWarga status, String alasan,
                    LocalDate kunjunganTanggal, String petugas, Integer urutan, Instant hasilPada, Instant direkamPada,
                    Instant dicetakPada, Instant diKecamatanPada, Instant diDesaPada, Instant diserahkanPada,
                    String penerimaNama, LocalDate penerimaTanggal, String buktiJenis, String usulanProgram,
                    String usulanStatus, String usulanAlasan, Instant difasilitasiPada) {

    static final String USUL_DIAJUKAN = "DIAJUKAN";
    static final String USUL_DITERIMA = "DITERIMA";
    static final String USUL_DITOLAK = "DITOLAK";

    /** Still in the batch (not left out at the meeting). */
    public boolean aktif() {
        return status != StatusWarga.DIKELUARKAN;
    }

    public String alamatLengkap() {
        return alamat + (rt == null ? "" : " RT " + rt) + (rw == null ? "" : " RW " + rw);
    }
}
