package id.pelita.layanan.internal;

import id.pelita.inti.TidakDitemukan;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.KatalogSop;
import id.pelita.sop.WaktuBaku;
import org.springframework.stereotype.Component;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** SOP versions as the engine needs them; versions never change, so they are cached for good. */
@Component
class SopTerjemahan {

    private final KatalogSop katalog;
    private final Map<String, DefinisiSop> cache = new ConcurrentHashMap<>();

    SopTerjemahan(KatalogSop katalog) {
        this.katalog = katalog;
    }

    DefinisiSop versi(String kode, int versi) {
        return cache.computeIfAbsent(kode + "#" + versi, k -> katalog.versi(kode, versi)
                .orElseThrow(() -> new TidakDitemukan("SOP " + kode + " versi " + versi)));
    }

    DefinisiSop.Langkah langkah(DefinisiSop sop, int no) {
        return sop.langkah().stream().filter(l -> l.no() == no).findFirst()
                .orElseThrow(() -> new IllegalStateException("SOP " + sop.kode() + " tanpa langkah " + no));
    }

    static ChronoUnit satuan(WaktuBaku w) {
        return switch (w.satuan()) {
            case MENIT -> ChronoUnit.MINUTES;
            case JAM -> ChronoUnit.HOURS;
            case HARI -> ChronoUnit.DAYS;
        };
    }
}
