package id.pelita.pengaduan.internal;

import id.pelita.inti.GalatValidasi;
import id.pelita.pengaduan.PengaduanDiterima;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.regex.Pattern;

/**
 * The one door every channel (web form, WhatsApp, walk-in/phone at a posko, Open311) uses to file a complaint:
 * checks it, stores it under a fresh tracking code and publishes {@link PengaduanDiterima} in the same
 * transaction, so the case that handles it starts atomically with the record.
 */
@Service
public class PenerimaPengaduan {

    public static final int URAIAN_MIN = 10;
    public static final int URAIAN_MAKS = 2000;
    private static final Pattern TELEPON = Pattern.compile("^[0-9]{8,15}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}$");

    private final RepositoriPengaduan repo;
    private final DirektoriWilayah wilayah;
    private final ApplicationEventPublisher peristiwa;
    private final Clock jam;

    PenerimaPengaduan(RepositoriPengaduan repo, DirektoriWilayah wilayah, ApplicationEventPublisher peristiwa,
                      Clock jam) {
        this.repo = repo;
        this.wilayah = wilayah;
        this.peristiwa = peristiwa;
        this.jam = jam;
    }

    /**
     * Files the complaint; returns its tracking code ({@code PK-XXXXXX}).
     *
     * @throws GalatValidasi with message keys per field when the complaint is incomplete or malformed
     */
    @Transactional
    public String terima(PengaduanMasuk m) {
        periksa(m);
        String kecamatan = wilayah.cari(m.desaKode()).map(Wilayah::indukKode).orElseThrow();
        String kode = repo.simpan(new RepositoriPengaduan.Baru(m.kategori().name(), m.desaKode(), kecamatan,
                m.uraian().strip(), m.saluran().name(), kosong(m.telepon()), kosong(m.namaPelapor()),
                kosong(m.fotoMediaId()), m.lintang(), m.bujur(), m.anonim(), kosong(m.email()),
                kosong(m.dicatatOleh())), jam.instant());
        peristiwa.publishEvent(new PengaduanDiterima(kode, m.kategori().name(), m.desaKode(), m.saluran().name()));
        return kode;
    }

    /** The rules every channel shares; field names match the web form's. */
    public void periksa(PengaduanMasuk m) {
        var galat = new GalatValidasi.Kumpulan();
        if (m.kategori() == null) {
            galat.tambah("kategori", "pengaduan.galat.kategori");
        }
        if (m.saluran() == null) {
            galat.tambah("saluran", "pengaduan.galat.saluran");
        }
        String desa = m.desaKode();
        var w = desa == null ? null : wilayah.cari(desa).orElse(null);
        if (w == null || w.tingkat() != Tingkat.DESA || !wilayah.dilayani(desa)) {
            galat.tambah("desaKode", "pengaduan.galat.desa");
        }
        String uraian = m.uraian() == null ? "" : m.uraian().strip();
        if (uraian.length() < URAIAN_MIN) {
            galat.tambah("uraian", "pengaduan.galat.uraian.pendek");
        } else if (uraian.length() > URAIAN_MAKS) {
            galat.tambah("uraian", "pengaduan.galat.uraian.panjang");
        }
        boolean adaLokasi = m.lintang() != null && m.bujur() != null;
        if ((m.lintang() == null) != (m.bujur() == null) || adaLokasi && (Math.abs(m.lintang()) > 90
                || Math.abs(m.bujur()) > 180 || m.lintang().isNaN() || m.bujur().isNaN())) {
            galat.tambah("lokasi", "pengaduan.galat.lokasi.tidak-sah");
        } else if (!adaLokasi && m.kategori() != null && m.kategori().wajibLokasi()) {
            galat.tambah("lokasi", "pengaduan.galat.lokasi.wajib");
        }
        if (kosong(m.telepon()) != null && !TELEPON.matcher(m.telepon()).matches()) {
            galat.tambah("telepon", "pengaduan.galat.telepon");
        }
        if (m.saluran() == Saluran.WHATSAPP && kosong(m.telepon()) == null) {
            galat.tambah("telepon", "pengaduan.galat.telepon");
        }
        if (kosong(m.email()) != null && (m.email().length() > 200 || !EMAIL.matcher(m.email()).matches())) {
            galat.tambah("email", "pengaduan.galat.email");
        }
        if (m.namaPelapor() != null && m.namaPelapor().length() > 120) {
            galat.tambah("namaPelapor", "pengaduan.galat.nama");
        }
        if (m.saluran() != null && m.saluran().lewatPetugas() && kosong(m.dicatatOleh()) == null) {
            galat.tambah("saluran", "pengaduan.galat.petugas");
        }
        galat.lemparJikaAda();
    }

    private static String kosong(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
