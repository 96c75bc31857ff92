package id.pelita.layanan.internal;

import id.pelita.PelitaTest;
import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.inti.TidakDitemukan;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.layanan.PengerjaLangkah;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A module completing steps from its own page: the waiting step, who may do it, send-back, stale pages. */
@PelitaTest
class PengerjaLangkahTest {

    @Autowired
    PembukaBerkas pembuka;
    @Autowired
    PengerjaLangkah pengerja;
    @Autowired
    TransactionTemplate transaksi;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    Akses akses;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    private PenggunaSaatIni sebagai(String username) {
        UserDetails u = pengguna.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        return akses.wajibMasuk();
    }

    @Test
    void langkahDikerjakanDariModulLainDenganAturanKotakTugas() {
        String nomor = transaksi.execute(s -> pembuka.bukaOtomatis("BSPPS-RAKOR", "35.16.04.2001", "Korcam Uji",
                null, "uji pengerja langkah", "UJI-1", 1));

        var menunggu = pengerja.menunggu(nomor).orElseThrow();
        assertThat(menunggu.no()).isEqualTo(2);
        assertThat(menunggu.peran()).isEqualTo(Peran.STAF);
        assertThat(menunggu.tenggat()).isNotNull();

        assertThat(pengerja.boleh(nomor, sebagai("staf.trawas"))).isTrue();
        assertThat(pengerja.boleh(nomor, sebagai("kasi.trawas"))).isFalse();
        PenggunaSaatIni lain = sebagai("staf.reteh");
        assertThat(pengerja.boleh(nomor, lain)).isFalse();
        assertThatThrownBy(() -> pengerja.selesaikan(nomor, 2, lain, true, null, null))
                .isInstanceOf(TidakDitemukan.class);

        PenggunaSaatIni staf = sebagai("staf.trawas");
        assertThatThrownBy(() -> pengerja.selesaikan(nomor, 3, staf, true, null, null))
                .isInstanceOf(GalatValidasi.class);
        assertThatThrownBy(() -> pengerja.selesaikan(nomor, 2, staf, false, null, " "))
                .isInstanceOf(GalatValidasi.class);

        pengerja.selesaikan(nomor, 2, staf, false, null, "Pengantar desa belum ada");
        assertThat(pengerja.menunggu(nomor).orElseThrow().no()).isEqualTo(1);

        pengerja.selesaikanOlehSistem(nomor, 1, true, "Pengantar dilengkapi", null);
        assertThat(pengerja.menunggu(nomor).orElseThrow().no()).isEqualTo(2);
        pengerja.selesaikan(nomor, 2, sebagai("staf.trawas"), true, null, null);
        assertThat(pengerja.menunggu(nomor).orElseThrow().no()).isEqualTo(3);

        var langkah = pembuka.status(nomor).orElseThrow().langkah();
        assertThat(langkah).extracting(l -> l.no() + ":" + l.oleh())
                .startsWith("1:sistem", "2:staf.trawas", "1:sistem", "2:staf.trawas");
        assertThat(langkah.get(1).catatan()).isEqualTo("Pengantar desa belum ada");
        assertThat(langkah.get(2).output()).isEqualTo("Pengantar dilengkapi");

        pembuka.batalkan(nomor, "uji selesai");
        assertThat(pengerja.menunggu(nomor)).isEmpty();
        assertThat(pengerja.boleh(nomor, sebagai("staf.trawas"))).isFalse();
    }
}
