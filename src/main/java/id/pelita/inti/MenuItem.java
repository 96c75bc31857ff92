package id.pelita.inti;

/**
 * A navigation entry a module contributes. It is shown to a user only when the access rules let that
 * user open {@code path}, so the menu never offers what the user may not use.
 *
 * @param kunciLabel message key of the label
 * @param path where it leads
 * @param urutan position in the menu (lower first)
 */
public record MenuItem(String kunciLabel, String path, int urutan) {
}
