package id.pelita.layanan;

import id.pelita.akun.PenggunaSaatIni;

import java.time.Instant;
import java.util.Optional;

/**
 * Lets a module complete the waiting step of a case from its own page (a kecamatan verifying a village's
 * population data, a camat signing a letter): the module's record is the evidence of the step, the case keeps
 * its deadline, escalation and history as if the step had been done in the inbox.
 */
public interface PengerjaLangkah {

    /** The step now waiting in the case, empty when the case is finished, cancelled or unknown. */
    Optional<LangkahMenunggu> menunggu(String nomorBerkas);

    /** Whether this user may work on the waiting step (role and region, as in the inbox). */
    boolean boleh(String nomorBerkas, PenggunaSaatIni pengguna);

    /**
     * Completes the waiting step as the user, in the caller's transaction. The step's required items count as
     * checked (the calling module has checked its own record).
     *
     * @param langkahNo must be the waiting step, else {@link id.pelita.inti.GalatValidasi} (stale page)
     * @param lanjut for a decision step: true = yes, false = send back (then {@code catatan} is required);
     *               ignored for other steps
     * @param output null = the step's own output from the SOP
     * @throws id.pelita.inti.TidakDitemukan when the user may not work on it
     */
    void selesaikan(String nomorBerkas, int langkahNo, PenggunaSaatIni oleh, boolean lanjut, String output,
                    String catatan);

    /** The same, done by the system (no user): a step the module completes on its own, e.g. a notification. */
    void selesaikanOlehSistem(String nomorBerkas, int langkahNo, boolean lanjut, String output, String catatan);

    /**
     * @param peran the role that acts in this step
     * @param tenggat its deadline, null when the step has no time standard
     */
    record LangkahMenunggu(int no, String kegiatan, id.pelita.inti.Peran peran, Instant tenggat) {
    }
}
