package id.pelita.sop;

import java.util.List;
import java.util.Optional;

/**
 * The SOP catalogue: every stored version of every SOP. Versions are immutable; a revision stores the next
 * version and publishes {@link SopDiterbitkan}.
 */
public interface KatalogSop {

    Optional<DefinisiSop> versi(String kode, int versi);

    Optional<DefinisiSop> terbaru(String kode);

    /** The latest version of each SOP, ordered by kode. */
    List<RingkasanSop> daftar();

    /**
     * Validates a YAML definition and stores it as the next version of its kode (1 for a new kode); the
     * {@code versi} written in the text is ignored. Audited as the signed-in user.
     *
     * @throws DefinisiTidakSah when the text is not valid YAML or breaks a rule (each error with its path)
     * @throws org.springframework.security.access.AccessDeniedException when the SOP's kecamatan lie outside
     *         the signed-in user's region
     */
    DefinisiSop simpanRevisi(String yaml, String catatan);

    /** The definition as a YAML definition file (the format of {@code src/main/resources/sop/*.yaml}). */
    String yaml(DefinisiSop definisi);
}
