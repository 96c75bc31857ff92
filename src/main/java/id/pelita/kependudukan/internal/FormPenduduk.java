package id.pelita.kependudukan.internal;

import id.pelita.kependudukan.JenisKelamin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A resident's data as an operator enters or corrects it (page form and API body alike). Code fields hold
 * SIAK codes ({@link KodeSiak}); the defaults are the most common answers so a form needs few keystrokes.
 */
public class FormPenduduk {

    @NotBlank(message = "{validasi.wajib}")
    private String nik;
    @NotBlank(message = "{validasi.wajib}")
    @Size(max = 120, message = "{validasi.maks120}")
    private String nama;
    @NotNull(message = "{validasi.wajib}")
    private JenisKelamin jenisKelamin;
    @NotBlank(message = "{validasi.wajib}")
    @Size(max = 80, message = "{penduduk.maks80}")
    private String tempatLahir;
    @NotNull(message = "{validasi.wajib}")
    @PastOrPresent(message = "{penduduk.tanggal.masa.depan}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate tanggalLahir;
    private Integer agama = 1;
    private Integer pendidikan = 1;
    private Integer pekerjaan = 1;
    private Integer statusKawin = 1;
    private Integer shdk = 4;
    private Integer golonganDarah = 13;
    private Disabilitas disabilitas;
    private Integer statusRekamKtp = 2;
    private Integer kewarganegaraan = 1;
    @Pattern(regexp = "|\\+?[0-9 -]{8,20}", message = "{validasi.telepon}")
    private String telepon;

    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik == null ? null : nik.replaceAll("[\\s.-]", ""); }
    public String getNama() { return nama; }
    public void setNama(String nama) { this.nama = nama == null ? null : nama.strip().replaceAll("\\s+", " "); }
    public JenisKelamin getJenisKelamin() { return jenisKelamin; }
    public void setJenisKelamin(JenisKelamin jenisKelamin) { this.jenisKelamin = jenisKelamin; }
    public String getTempatLahir() { return tempatLahir; }
    public void setTempatLahir(String tempatLahir) { this.tempatLahir = tempatLahir == null ? null : tempatLahir.strip(); }
    public LocalDate getTanggalLahir() { return tanggalLahir; }
    public void setTanggalLahir(LocalDate tanggalLahir) { this.tanggalLahir = tanggalLahir; }
    public Integer getAgama() { return agama; }
    public void setAgama(Integer agama) { this.agama = agama; }
    public Integer getPendidikan() { return pendidikan; }
    public void setPendidikan(Integer pendidikan) { this.pendidikan = pendidikan; }
    public Integer getPekerjaan() { return pekerjaan; }
    public void setPekerjaan(Integer pekerjaan) { this.pekerjaan = pekerjaan; }
    public Integer getStatusKawin() { return statusKawin; }
    public void setStatusKawin(Integer statusKawin) { this.statusKawin = statusKawin; }
    public Integer getShdk() { return shdk; }
    public void setShdk(Integer shdk) { this.shdk = shdk; }
    public Integer getGolonganDarah() { return golonganDarah; }
    public void setGolonganDarah(Integer golonganDarah) { this.golonganDarah = golonganDarah; }
    public Disabilitas getDisabilitas() { return disabilitas; }
    public void setDisabilitas(Disabilitas disabilitas) { this.disabilitas = disabilitas; }
    public Integer getStatusRekamKtp() { return statusRekamKtp; }
    public void setStatusRekamKtp(Integer statusRekamKtp) { this.statusRekamKtp = statusRekamKtp; }
    public Integer getKewarganegaraan() { return kewarganegaraan; }
    public void setKewarganegaraan(Integer kewarganegaraan) { this.kewarganegaraan = kewarganegaraan; }
    public String getTelepon() { return telepon; }
    public void setTelepon(String telepon) { this.telepon = telepon == null || telepon.isBlank() ? null : telepon.strip(); }

    static FormPenduduk dari(Penduduk p) {
        var f = new FormPenduduk();
        f.setNik(p.nik());
        f.setNama(p.nama());
        f.setJenisKelamin(p.jenisKelamin());
        f.setTempatLahir(p.tempatLahir());
        f.setTanggalLahir(p.tanggalLahir());
        f.setAgama(p.agama());
        f.setPendidikan(p.pendidikan());
        f.setPekerjaan(p.pekerjaan());
        f.setStatusKawin(p.statusKawin());
        f.setShdk(p.shdk());
        f.setGolonganDarah(p.golonganDarah());
        f.setDisabilitas(p.disabilitas());
        f.setStatusRekamKtp(p.statusRekamKtp());
        f.setKewarganegaraan(p.kewarganegaraan());
        f.setTelepon(p.telepon());
        return f;
    }
}
