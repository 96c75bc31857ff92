package id.pelita.kependudukan.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A correction of a family card: KK number, address, RT/RW (page form and API body). */
public class FormKeluarga {

    @NotBlank(message = "{validasi.wajib}")
    private String noKk;
    @NotBlank(message = "{validasi.wajib}")
    @Size(max = 200, message = "{penduduk.maks200}")
    private String alamat;
    @Pattern(regexp = "|\\d{1,3}", message = "{penduduk.rtrw.pola}")
    private String rt = "";
    @Pattern(regexp = "|\\d{1,3}", message = "{penduduk.rtrw.pola}")
    private String rw = "";

    static FormKeluarga dari(Keluarga k) {
        var f = new FormKeluarga();
        f.setNoKk(k.noKk());
        f.setAlamat(k.alamat());
        f.setRt(k.rt());
        f.setRw(k.rw());
        return f;
    }

    public String getNoKk() { return noKk; }
    public void setNoKk(String noKk) { this.noKk = noKk == null ? null : noKk.replaceAll("[\\s.-]", ""); }
    public String getAlamat() { return alamat; }
    public void setAlamat(String alamat) { this.alamat = alamat == null ? null : alamat.strip(); }
    public String getRt() { return rt; }
    public void setRt(String rt) { this.rt = rt == null ? "" : rt.strip(); }
    public String getRw() { return rw; }
    public void setRw(String rw) { this.rw = rw == null ? "" : rw.strip(); }
}
