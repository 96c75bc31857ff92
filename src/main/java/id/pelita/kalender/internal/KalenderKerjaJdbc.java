package id.pelita.kalender.internal;

import id.pelita.kalender.KalenderKerja;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * {@link KalenderKerja} on the stored calendars. Called for every SOP task, so each kecamatan's calendar is
 * kept in memory: dropped on every edit in this instance, and reloaded after {@link #UMUR} at the latest so
 * edits made through another instance show up too.
 */
@Service
class KalenderKerjaJdbc implements KalenderKerja {

    static final Duration UMUR = Duration.ofMinutes(5);

    private record Tersimpan(Kalender kalender, Instant dimuat) {
    }

    private final RepositoriKalender repo;
    private final Clock jam;
    private final Map<String, Tersimpan> cache = new ConcurrentHashMap<>();

    KalenderKerjaJdbc(RepositoriKalender repo, Clock jam) {
        this.repo = repo;
        this.jam = jam;
    }

    @Override
    public Instant tenggat(String kodeKecamatan, Instant mulai, long jumlah, ChronoUnit satuan) {
        return kalender(kodeKecamatan).tenggat(mulai, jumlah, satuan);
    }

    @Override
    public Duration durasiKerja(String kodeKecamatan, Instant dari, Instant sampai) {
        return kalender(kodeKecamatan).durasiKerja(dari, sampai);
    }

    @Override
    public boolean hariKerja(String kodeKecamatan, LocalDate tanggal) {
        return kalender(kodeKecamatan).hariKerja(tanggal);
    }

    /** Office hours in force for a kecamatan: its own, or the deployment default. */
    Map<DayOfWeek, JamBuka> jamBerlaku(String kodeKecamatan) {
        return punyaJamSendiri(kodeKecamatan) ? repo.jamKerja(kodeKecamatan) : repo.jamKerja(RepositoriKalender.BAWAAN);
    }

    boolean punyaJamSendiri(String kodeKecamatan) {
        return kodeKecamatan != null && repo.punyaJamKerja(kodeKecamatan);
    }

    Kalender kalender(String kodeKecamatan) {
        String kunci = kodeKecamatan == null ? RepositoriKalender.BAWAAN : kodeKecamatan;
        Instant kini = jam.instant();
        Tersimpan t = cache.get(kunci);
        if (t == null || t.dimuat().plus(UMUR).isBefore(kini)) {
            t = new Tersimpan(muat(kodeKecamatan), kini);
            cache.put(kunci, t);
        }
        return t.kalender();
    }

    void segarkan() {
        cache.clear();
    }

    private Kalender muat(String kodeKecamatan) {
        Set<LocalDate> libur = repo.liburUntuk(kodeKecamatan == null ? RepositoriKalender.BAWAAN : kodeKecamatan)
                .stream().map(Libur::tanggal).collect(Collectors.toSet());
        return new Kalender(jam.getZone(), jamBerlaku(kodeKecamatan), libur);
    }
}
