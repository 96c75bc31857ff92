package id.pelita.kependudukan.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new family card (KK) with its head, entered in one form. */
public class FormKeluargaBaru {

    @NotBlank(message = "{validasi.wajib}")
    private String noKk;
    @NotBlank(message = "{validasi.wajib}")
    @Size(max = 200, message = "{penduduk.maks200}")
    private String alamat;
    @Pattern(regexp = "|\\d{1,3}", message = "{penduduk.rtrw.pola}")
    private String rt;
    @Pattern(regexp = "|\\d{1,3}", message = "{penduduk.rtrw.pola}")
    private String rw;
    @Valid
    private FormAnggota kepala = kepalaBaru();

    public String getNoKk() { return noKk; }
    public void setNoKk(String noKk) { this.noKk = noKk == null ? null : noKk.replaceAll("[\\s.-]", ""); }
    public String getAlamat() { return alamat; }
    public void setAlamat(String alamat) { this.alamat = alamat == null ? null : alamat.strip(); }
    public String getRt() { return rt; }
    public void setRt(String rt) { this.rt = rt == null ? "" : rt.strip(); }
    public String getRw() { return rw; }
    public void setRw(String rw) { this.rw = rw == null ? "" : rw.strip(); }
    public FormAnggota getKepala() { return kepala; }
    public void setKepala(FormAnggota kepala) { this.kepala = kepala == null ? kepalaBaru() : kepala; }

    /** RT/RW as stored: three digits ("1" → "001"), or null when not given. */
    static String tigaAngka(String s) {
        return s == null || s.isBlank() ? null : String.format("%03d", Integer.parseInt(s));
    }

    /** The head's defaults: relationship "Kepala Keluarga", married, an adult who has recorded the e-KTP. */
    private static FormAnggota kepalaBaru() {
        var k = new FormAnggota();
        k.setShdk(KodeSiak.KEPALA_KELUARGA);
        k.setStatusKawin(2);
        k.setStatusRekamKtp(3);
        return k;
    }
}
