package id.pelita.kependudukan.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a population import file ({@code pelita.impor.*}): size of the upload, rows, and for XLSX (a zip)
 * the zip-bomb guards: entries, total uncompressed size, and the smallest compressed/uncompressed ratio.
 */
@ConfigurationProperties("pelita.impor")
record BatasImpor(DataSize ukuranMaks, Integer barisMaks, Integer entriZipMaks, DataSize ukuranTerurai,
                  Double rasioMin) {

    BatasImpor {
        ukuranMaks = ukuranMaks == null ? DataSize.ofMegabytes(20) : ukuranMaks;
        barisMaks = barisMaks == null ? 200_000 : barisMaks;
        entriZipMaks = entriZipMaks == null ? 1_000 : entriZipMaks;
        ukuranTerurai = ukuranTerurai == null ? DataSize.ofMegabytes(400) : ukuranTerurai;
        rasioMin = rasioMin == null ? 0.01 : rasioMin;
    }

    static BatasImpor bawaan() {
        return new BatasImpor(null, null, null, null, null);
    }
}
