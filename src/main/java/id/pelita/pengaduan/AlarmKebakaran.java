package id.pelita.pengaduan;

import java.time.Instant;
import java.util.List;

/** Open fire reports, for the red alarm at the top of a staff dashboard. */
public interface AlarmKebakaran {

    /**
     * Open KEBAKARAN complaints of the kecamatan the scope lies in (a village user sees their whole kecamatan;
     * a district user their kabupaten; null = everywhere), newest first.
     */
    List<Alarm> terbuka(String cakupan);

    /** Never the reporter: the place and what was seen. */
    record Alarm(String kode, String desaKode, String namaDesa, String uraian, String status, Instant dibuatPada) {
    }
}
