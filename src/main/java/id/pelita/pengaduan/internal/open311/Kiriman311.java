package id.pelita.pengaduan.internal.open311;

import id.pelita.akun.TokenApi;
import id.pelita.pengaduan.internal.PenerimaPengaduan;
import id.pelita.pengaduan.internal.PengaduanMasuk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Files an Open311 POST through the one door and records which API key is accountable for it, atomically. */
@Service
class Kiriman311 {

    private final PenerimaPengaduan penerima;
    private final Kueri311 kueri;
    private final Clock jam;

    Kiriman311(PenerimaPengaduan penerima, Kueri311 kueri, Clock jam) {
        this.penerima = penerima;
        this.kueri = kueri;
        this.jam = jam;
    }

    @Transactional
    String kirim(PengaduanMasuk masuk, TokenApi.Pemilik pemilik, String deviceId, String accountId) {
        String kode = penerima.terima(masuk);
        kueri.catatPengirim(kode, pemilik.pengguna().id(), pemilik.pengguna().username(), pemilik.tokenId(),
                potong(deviceId), potong(accountId), jam.instant());
        return kode;
    }

    private static String potong(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() > 200 ? t.substring(0, 200) : t;
    }
}
