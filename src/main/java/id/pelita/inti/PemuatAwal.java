package id.pelita.inti;

/**
 * Data a module loads when Pelita starts (reference data such as regions and holidays, shipped SOPs, demo
 * data, the first administrator). All loaders run in their {@code @Order} before the web server accepts
 * requests, so nobody signs in to a half-loaded application.
 */
public interface PemuatAwal {

    void muat();
}
