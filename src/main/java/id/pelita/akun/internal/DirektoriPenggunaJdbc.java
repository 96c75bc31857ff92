package id.pelita.akun.internal;

import id.pelita.akun.DirektoriPengguna;
import id.pelita.inti.Peran;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;

@Service
class DirektoriPenggunaJdbc implements DirektoriPengguna {

    private final JdbcClient jdbc;

    DirektoriPenggunaJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PenggunaAktif> aktif(Peran peran, String wilayahKode) {
        return jdbc.sql("select p.username, p.nama, p.email, p.telepon from pengguna p "
                        + "join pengguna_peran r on r.pengguna_id = p.id "
                        + "where r.peran = ? and p.wilayah_kode = ? and p.aktif = true order by p.username")
                .params(peran.name(), wilayahKode)
                .query((rs, i) -> new PenggunaAktif(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
