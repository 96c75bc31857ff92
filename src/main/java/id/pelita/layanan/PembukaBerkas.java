package id.pelita.layanan;

import java.util.Optional;

/**
 * Cases opened by the system on behalf of another module (e.g. a complaint), inside the caller's
 * transaction: the case commits or rolls back with the caller's record.
 */
public interface PembukaBerkas {

    /** Whether the latest version of the SOP applies in the kecamatan of {@code wilayahKode}. */
    boolean berlaku(String kodeSop, String wilayahKode);

    /**
     * Starts a case of the latest version of the SOP in {@code wilayahKode} (a kecamatan or a village) and
     * completes its first {@code langkahOtomatis} steps as the system (each with the step's own output).
     *
     * @param rujukan what the case is for in the calling module (e.g. a complaint code), shown on the case
     * @return the case number
     * @throws id.pelita.inti.GalatValidasi when the SOP is unknown or does not apply in that region
     */
    String bukaOtomatis(String kodeSop, String wilayahKode, String pemohonNama, String pemohonKontak,
                        String ringkasan, String rujukan, int langkahOtomatis);

    /** The public state of a case: its steps so far, with deadlines. */
    Optional<StatusBerkas> status(String nomorBerkas);

    /** Stops a running case (e.g. its complaint was a duplicate); a finished or cancelled case is left alone. */
    void batalkan(String nomorBerkas, String alasan);
}
