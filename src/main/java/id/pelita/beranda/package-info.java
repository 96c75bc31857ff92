/**
 * Beranda (home): the UI shell every page shares (layout model, menu filtered by the access rules,
 * language switch), the public landing page and the dashboard of each role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Beranda")
package id.pelita.beranda;
