package id.pelita.kependudukan.internal;

import id.pelita.PelitaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published-figures cache: a second request is served from memory, and the module's writes (verifying a
 * submission, recording a change) empty it, also after their transaction commits. That figures change only
 * after verification through the pages is {@link PengajuanPendudukTest}.
 */
@PelitaTest
class CacheStatistikTest {

    static final String DESA = "14.04.01.2004";

    @Autowired
    CacheStatistik cache;
    @Autowired
    StatistikPenduduk statistik;
    @Autowired
    RepositoriPengajuan pengajuan;
    @Autowired
    RepositoriPenduduk penduduk;
    @Autowired
    TransactionTemplate transaksi;
    @Autowired
    Clock jam;

    @Test
    void servesFromMemoryUntilAWriteOfTheModule() {
        LocalDate hariIni = LocalDate.now(jam);
        Statistik pertama = cache.terbit(DESA, hariIni);
        assertThat(cache.terbit(DESA, hariIni)).isSameAs(pertama);
        assertThat(pertama).isEqualTo(statistik.hitung(DESA, hariIni, true));
        // A past date is its own entry.
        assertThat(cache.terbit(DESA, hariIni.minusYears(1)).tanggal()).isEqualTo(hariIni.minusYears(1));

        // Verifying a submission (none with this id: no row changes) empties the cache.
        transaksi.executeWithoutResult(t -> pengajuan.verifikasi(-1, "uji", OffsetDateTime.now(jam)));
        Statistik kedua = cache.terbit(DESA, hariIni);
        assertThat(kedua).isNotSameAs(pertama).isEqualTo(pertama);

        // Recording a change (status of a resident that does not exist) too, inside and after its transaction.
        transaksi.executeWithoutResult(t -> {
            penduduk.aturStatus(-1, StatusPenduduk.MATI, "uji", OffsetDateTime.now(jam));
            cache.terbit(DESA, hariIni);
        });
        assertThat(cache.terbit(DESA, hariIni)).isNotSameAs(kedua);
    }
}
