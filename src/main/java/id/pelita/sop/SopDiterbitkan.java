package id.pelita.sop;

/**
 * Published (as a Spring application event, inside the storing transaction) when a version of an SOP is
 * stored, by the start-up loader or by a user's revision. The {@code layanan} module deploys it.
 */
public record SopDiterbitkan(String kode, int versi) {
}
