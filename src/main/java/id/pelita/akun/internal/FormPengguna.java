package id.pelita.akun.internal;

import id.pelita.inti.Peran;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;

/** What an administrator enters to create or change a user (the same fields for page and API). */
class FormPengguna {

    @NotBlank(message = "{validasi.wajib}")
    @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{pengguna.username.pola}")
    private String username;

    @NotBlank(message = "{validasi.wajib}")
    @Size(max = 120, message = "{validasi.maks120}")
    private String nama;

    @Email(message = "{validasi.email}")
    @Size(max = 160)
    private String email;

    @Pattern(regexp = "|\\+?[0-9 -]{8,20}", message = "{validasi.telepon}")
    private String telepon;

    @NotEmpty(message = "{pengguna.peran.wajib}")
    private Set<Peran> peran = EnumSet.noneOf(Peran.class);

    /** Region scope; empty only for a national administrator. */
    private String wilayahKode;

    private String seksi;

    /** Initial password (create) or a new one set by the administrator (edit, optional). */
    private String sandi;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = trim(username); }
    public String getNama() { return nama; }
    public void setNama(String nama) { this.nama = trim(nama); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = kosongJadiNull(email); }
    public String getTelepon() { return telepon; }
    public void setTelepon(String telepon) { this.telepon = telepon == null ? "" : telepon.trim(); }
    public Set<Peran> getPeran() { return peran; }
    public void setPeran(Set<Peran> peran) { this.peran = peran == null ? EnumSet.noneOf(Peran.class) : peran; }
    public String getWilayahKode() { return wilayahKode; }
    public void setWilayahKode(String wilayahKode) { this.wilayahKode = kosongJadiNull(wilayahKode); }
    public String getSeksi() { return seksi; }
    public void setSeksi(String seksi) { this.seksi = kosongJadiNull(seksi); }
    public String getSandi() { return sandi; }
    public void setSandi(String sandi) { this.sandi = sandi == null || sandi.isEmpty() ? null : sandi; }

    static FormPengguna dari(Pengguna p) {
        var f = new FormPengguna();
        f.setUsername(p.username());
        f.setNama(p.nama());
        f.setEmail(p.email());
        f.setTelepon(p.telepon());
        f.setPeran(p.peran().isEmpty() ? EnumSet.noneOf(Peran.class) : EnumSet.copyOf(p.peran()));
        f.setWilayahKode(p.wilayahKode());
        f.setSeksi(p.seksi());
        return f;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String kosongJadiNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
