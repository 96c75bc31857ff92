package id.pelita.posyandu.internal;

import java.util.List;

/**
 * A measurement refused by the plausibility check, with the reasons in Indonesian (already rendered).
 *
 * @param bisaDiyakinkan true when every reason is a warning the cadre may overrule by ticking "yakin"
 */
class DitolakKewajaran extends RuntimeException {

    private final List<String> alasan;
    private final boolean bisaDiyakinkan;

    DitolakKewajaran(List<String> alasan, boolean bisaDiyakinkan) {
        super(String.join("; ", alasan));
        this.alasan = List.copyOf(alasan);
        this.bisaDiyakinkan = bisaDiyakinkan;
    }

    List<String> alasan() {
        return alasan;
    }

    boolean bisaDiyakinkan() {
        return bisaDiyakinkan;
    }
}
