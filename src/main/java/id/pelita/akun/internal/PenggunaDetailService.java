package id.pelita.akun.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;

@Service
class PenggunaDetailService implements UserDetailsService {

    private final PenggunaRepository repo;
    private final Clock jam;

    PenggunaDetailService(PenggunaRepository repo, Clock jam) {
        this.repo = repo;
        this.jam = jam;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Pengguna p = repo.cariUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new PenggunaPrincipal(p.sebagaiSaatIni(), p.sandiHash(), p.aktif(), !p.terkunci(jam.instant()));
    }
}
