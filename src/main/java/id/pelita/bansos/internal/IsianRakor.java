package id.pelita.bansos.internal;

import java.time.LocalDate;

/** The request form. For a TKSK the applicant is the user; for a walk-in staff type the applicant's name. */
class IsianRakor {
    private String desaKode;
    private String pemohonNama;
    private String pemohonKontak;
    private String perihal;
    private LocalDate tanggalRakor;
    private String tempat;

    public String getDesaKode() { return desaKode; }
    public void setDesaKode(String v) { desaKode = v; }
    public String getPemohonNama() { return pemohonNama; }
    public void setPemohonNama(String v) { pemohonNama = v; }
    public String getPemohonKontak() { return pemohonKontak; }
    public void setPemohonKontak(String v) { pemohonKontak = v; }
    public String getPerihal() { return perihal; }
    public void setPerihal(String v) { perihal = v; }
    public LocalDate getTanggalRakor() { return tanggalRakor; }
    public void setTanggalRakor(LocalDate v) { tanggalRakor = v; }
    public String getTempat() { return tempat; }
    public void setTempat(String v) { tempat = v; }
}
