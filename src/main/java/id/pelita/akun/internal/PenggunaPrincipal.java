package id.pelita.akun.internal;

import id.pelita.akun.PenggunaSaatIni;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import id.pelita.inti.CakupanWilayah;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Spring Security's view of a user: roles become {@code ROLE_<PERAN>} authorities. */
final class PenggunaPrincipal implements UserDetails, CredentialsContainer {

    private final PenggunaSaatIni pengguna;
    private String sandiHash;
    private final boolean aktif;
    private final boolean tidakTerkunci;

    PenggunaPrincipal(PenggunaSaatIni pengguna, String sandiHash, boolean aktif, boolean tidakTerkunci) {
        this.pengguna = pengguna;
        this.sandiHash = sandiHash;
        this.aktif = aktif;
        this.tidakTerkunci = tidakTerkunci;
    }

    PenggunaSaatIni pengguna() {
        return pengguna;
    }

    static List<GrantedAuthority> otoritas(PenggunaSaatIni p) {
        List<GrantedAuthority> hasil = new ArrayList<>();
        p.peran().forEach(r -> hasil.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        if (p.wilayahKode() != null) {
            hasil.add(new SimpleGrantedAuthority(CakupanWilayah.AWALAN + p.wilayahKode()));
        }
        return hasil;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return otoritas(pengguna);
    }

    @Override
    public String getPassword() {
        return sandiHash;
    }

    @Override
    public String getUsername() {
        return pengguna.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return tidakTerkunci;
    }

    @Override
    public boolean isEnabled() {
        return aktif;
    }

    @Override
    public void eraseCredentials() {
        sandiHash = null;
    }
}
