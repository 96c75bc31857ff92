package id.pelita.sop;

/** Units of a time standard. Hours and days are working time (office hours, working days). */
public enum SatuanWaktu {
    MENIT, JAM, HARI
}
