package id.pelita.sop.internal.dokumen;

import id.pelita.inti.TidakDitemukan;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.KatalogSop;
import org.springframework.stereotype.Component;

/**
 * Finds the SOP version a document is asked for. The catalogue is looked up lazily: until the SOP
 * catalogue is part of the application (it is built separately), every SOP is simply "not found".
 */
@Component
class SumberDokumen {

    private final KatalogSop katalog;

    SumberDokumen(KatalogSop katalog) {
        this.katalog = katalog;
    }

    DefinisiSop cari(String kode, int versi) {
        if (versi < 1) {
            throw tidakAda(kode, versi);
        }
        return katalog.versi(kode, versi).orElseThrow(() -> tidakAda(kode, versi));
    }

    private static TidakDitemukan tidakAda(String kode, int versi) {
        return new TidakDitemukan("SOP " + kode + " versi " + versi);
    }
}
