package id.pelita.posyandu.internal;

import java.util.List;

/**
 * One child's form on the session screen, as typed on a phone: numbers as text so that "12,5" (Indonesian
 * decimal comma) and "12.5" both work and a typo gets a clear message instead of a binding error.
 *
 * @param yakin the cadre confirmed a value the plausibility check questioned
 */
record IsianUkur(String berat, String panjang, String caraUkur, String lingkarKepala, String lila, Boolean edema,
                 Boolean vitaminA, List<String> imunisasi, Boolean bawaBuku, Boolean yakin) {

    boolean yakinSaja() {
        return Boolean.TRUE.equals(yakin);
    }
}
