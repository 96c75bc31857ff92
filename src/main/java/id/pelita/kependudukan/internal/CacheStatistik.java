package id.pelita.kependudukan.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Published population figures (verified changes only) per (region, day), kept in memory: a kabupaten page
 * reads every present resident, and its figures change only when a change is recorded or a submission is
 * verified. The staff view including unverified changes is not cached.
 *
 * <p>Every write to residents, presence intervals or events of this module calls {@link #kosongkan()}, which
 * empties the cache at once and again after the writing transaction commits. A generation counter guards the
 * race where a reader computed figures from the data before the commit and stores them after it: a result is
 * stored only if no eviction happened while it was computed. Hand-written rather than Spring's
 * {@code @Cacheable} + {@code ConcurrentMapCache} because that offers neither the after-commit eviction nor
 * the guard; no new dependency. In-process: with several application instances each evicts only its own cache,
 * so every entry also expires after {@link #UMUR}: another instance's verification shows within that time.
 */
@Component
class CacheStatistik {

    /** Bound on entries (regions × days asked for); past it the map is simply emptied. */
    static final int BATAS = 1000;
    /** How long an entry is trusted without an eviction of this instance (see the class comment). */
    static final java.time.Duration UMUR = java.time.Duration.ofMinutes(5);

    private record Kunci(String kode, LocalDate pada) {
    }

    private final StatistikPenduduk statistik;
    private record Entri(Statistik statistik, long kedaluwarsaNano) {
    }

    private final Map<Kunci, Entri> isi = new ConcurrentHashMap<>();
    private final AtomicLong generasi = new AtomicLong();

    CacheStatistik(StatistikPenduduk statistik) {
        this.statistik = statistik;
    }

    /** Published figures (verified changes only), from the cache when present. */
    Statistik terbit(String kode, LocalDate pada) {
        Kunci k = new Kunci(kode, pada);
        Entri e = isi.get(k);
        if (e != null && System.nanoTime() - e.kedaluwarsaNano() < 0) {
            return e.statistik();
        }
        long g = generasi.get();
        Statistik s = statistik.hitung(kode, pada, true);
        synchronized (this) {
            if (generasi.get() == g) {
                if (isi.size() >= BATAS) {
                    isi.clear();
                }
                isi.put(k, new Entri(s, System.nanoTime() + UMUR.toNanos()));
            }
        }
        return s;
    }

    /** Forget every cached figure: now, and (inside a transaction) again after it commits. */
    void kosongkan() {
        hapus();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    hapus();
                }
            });
        }
    }

    private synchronized void hapus() {
        generasi.incrementAndGet();
        isi.clear();
    }
}
