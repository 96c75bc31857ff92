package id.pelita.pengaduan.internal.web;

import id.pelita.pengaduan.internal.PenerimaPengaduan;
import id.pelita.pengaduan.internal.PengaduanMasuk;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Files a web complaint through the one door and stores its photos in the same transaction. */
@Service
class PengarsipLaporan {

    private final PenerimaPengaduan penerima;
    private final JdbcClient jdbc;

    PengarsipLaporan(PenerimaPengaduan penerima, JdbcClient jdbc) {
        this.penerima = penerima;
        this.jdbc = jdbc;
    }

    @Transactional
    String arsipkan(PengaduanMasuk masuk, List<PengolahFoto.Foto> foto) {
        String kode = penerima.terima(masuk);
        long id = jdbc.sql("select id from pengaduan where kode = ?").param(kode).query(Long.class).single();
        for (int i = 0; i < foto.size(); i++) {
            var f = foto.get(i);
            jdbc.sql("insert into pengaduan_foto (pengaduan_id, urutan, jenis, lebar, tinggi, isi) values (?, ?, ?, ?, ?, ?)")
                    .params(id, i + 1, "image/jpeg", f.lebar(), f.tinggi(), f.jpeg()).update();
        }
        return kode;
    }
}
