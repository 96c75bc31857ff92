package id.pelita.adminduk.internal;

/**
 * Social-aid programmes the follow-up asks about: PKH (Program Keluarga Harapan), BPNT/Sembako (food aid),
 * PBI-JK (BPJS health insurance paid by the state), BLT Dana Desa (village cash aid).
 */
public enum ProgramBantuan {
    PKH, BPNT, PBI_JK, BLT_DD;

    public String kunciLabel() {
        return "jemputbola.program." + name();
    }
}
