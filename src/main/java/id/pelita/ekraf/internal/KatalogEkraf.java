package id.pelita.ekraf.internal;

import id.pelita.ekraf.internal.RepositoriEkraf.Pelaku;
import id.pelita.inti.TidakDitemukan;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Wilayah;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The public catalogue: active producers of the served kecamatan with their product, village and permits. The
 * producer's name, phone and address appear only when the producer agreed to publish them; otherwise the
 * catalogue gives the business name and points to the kecamatan office.
 */
@Service
class KatalogEkraf {

    /** One catalogue entry; {@code kontak} is null unless the producer consented. */
    record Entri(long id, String nama, String produk, String kapasitas, String desa, String kecamatan, String pirtNomor,
                 LocalDate pirtBerlakuSampai, boolean pirtBerlaku, String halalNomor, LocalDate halalBerlakuSampai,
                 boolean halalBerlaku, Kontak kontak) {
    }

    /** @param whatsapp the number in international form for a wa.me link */
    record Kontak(String pemilik, String telepon, String whatsapp, String alamat) {
    }

    private final RepositoriEkraf repo;
    private final DirektoriWilayah wilayah;
    private final LayananEkraf layanan;

    KatalogEkraf(RepositoriEkraf repo, DirektoriWilayah wilayah, LayananEkraf layanan) {
        this.repo = repo;
        this.wilayah = wilayah;
        this.layanan = layanan;
    }

    /** @param kecamatanKode null for every served kecamatan */
    List<Entri> daftar(String kecamatanKode) {
        return repo.daftarPelaku(kecamatanKode, true).stream().filter(p -> wilayah.dilayani(p.desaKode()))
                .map(this::entri).toList();
    }

    Entri lihat(long id) {
        return repo.pelaku(id).filter(Pelaku::aktif).filter(p -> wilayah.dilayani(p.desaKode())).map(this::entri)
                .orElseThrow(() -> new TidakDitemukan("Pelaku ekonomi kreatif"));
    }

    private Entri entri(Pelaku p) {
        LocalDate hariIni = layanan.hariIni();
        Kontak kontak = p.publikasiKontak() && p.telepon() != null
                ? new Kontak(p.nama(), p.telepon(), internasional(p.telepon()), p.alamat()) : null;
        return new Entri(p.id(), p.namaTampil(), p.produk(), kapasitas(p.kapasitas(), p.kapasitasSatuan()),
                nama(p.desaKode()), nama(p.kecamatanKode()), p.pirtNomor(), p.pirtBerlakuSampai(), p.pirtBerlaku(hariIni),
                p.halalNomor(), p.halalBerlakuSampai(), p.halalBerlaku(hariIni), kontak);
    }

    private String nama(String kode) {
        return wilayah.cari(kode).map(Wilayah::nama).orElse(kode);
    }

    static String kapasitas(BigDecimal nilai, String satuan) {
        if (nilai == null) {
            return null;
        }
        return nilai.stripTrailingZeros().toPlainString().replace('.', ',') + (satuan == null ? "" : " " + satuan);
    }

    /** 0812… and +62812… become 62812… (wa.me takes the number without a plus). */
    static String internasional(String telepon) {
        String t = telepon.replace("+", "");
        return t.startsWith("0") ? "62" + t.substring(1) : t;
    }

    Optional<Wilayah> kecamatan(String kode) {
        return kode == null ? Optional.empty() : wilayah.kecamatanLayanan().stream().filter(k -> k.kode().equals(kode)).findFirst();
    }
}
