package id.pelita.adminduk.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A batch (angkatan) of jemput bola e-KTP in one kecamatan: open for proposals ({@link #USULAN}), then one SOP
 * case ({@link #BERJALAN}) until the case ends ({@link #SELESAI}).
 *
 * @param langkah the last SOP step done, null before the case starts
 * @param rekamMulai when home recording started (step 4 done): the 10-working-day standard counts from here
 */
public record Angkatan(long id, String kecamatanKode, String nama, String status, String berkasNomor, Integer langkah,
                       LocalDate rapatTanggal, String rapatCatatan, Instant rekamMulai, String dibuatOleh,
                       Instant dibuatPada) {

    static final String USULAN = "USULAN";
    static final String BERJALAN = "BERJALAN";
    static final String SELESAI = "SELESAI";
    static final String BATAL = "BATAL";

    public boolean usulan() {
        return USULAN.equals(status);
    }
}
