package id.pelita.register;

import java.time.LocalDate;
import java.util.List;

/** Issues and lists register numbers. */
public interface Register {

    /**
     * Issues the next number of register {@code kodeRegister} for the year of {@code tanggal}. Must be called
     * inside the transaction that finishes the case: if it rolls back, the number is not used (no gaps);
     * concurrent callers, in this instance or another, never get the same number.
     *
     * @param format pattern with {@code {nomor}} (sequence, zero-padded to 3), {@code {unit}}, {@code {bulan}}
     *               (Roman month), {@code {tahun}}; e.g. {@code {nomor}/{unit}/{bulan}/{tahun}}
     * @param referensi what was registered (e.g. the case number). A reference already in the register gets its
     *                  existing entry back (one number per reference, e.g. a letter numbered when it is signed
     *                  keeps that number when its case closes)
     */
    NomorRegister terbitkan(String kodeRegister, String format, String unit, LocalDate tanggal, String referensi);

    /** The entries of a register in a year, in order. */
    List<NomorRegister> daftar(String kodeRegister, int tahun);
}
