package id.pelita.bansos.internal;

import id.pelita.PelitaTest;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Beneficiary families of two programmes: the same family (KK) in SEMBAKO and PKH is warned about at entry, in the
 * list and at handover; a handover needs a photo and a signature/thumbprint image; NIK is stored encrypted.
 */
@PelitaTest
class KpmBansosTest {

    static final String DESA = "35.16.04.2001";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0};

    @Autowired
    LayananKpm layanan;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext konteks;

    @AfterEach
    void bersihkan() {
        SecurityContextHolder.clearContext();
    }

    void sebagai(String username) {
        UserDetails u = pengguna.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    static String nomorAcak() {
        return "35160" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    @Test
    void aFamilyInTwoProgrammesIsWarnedAboutAtEntryInTheListAndAtHandover() {
        sebagai("staf.trawas");
        String kk = nomorAcak();
        String nikIbu = nomorAcak();
        String nikAyah = nomorAcak();
        var sembako = layanan.catat("SEMBAKO", DESA, "Ibu Uji Ganda", nikIbu, kk);
        assertThat(sembako.programLain()).isEmpty();
        assertThat(sembako.kpm().nikSamar()).isEqualTo(nikIbu.substring(0, 4) + "**********" + nikIbu.substring(14));
        // NIK and KK are not stored in clear
        String disimpan = jdbc.sql("select nik_sandi || kk_sandi || nik_hash from bansos_kpm where id = ?")
                .param(sembako.kpm().id()).query(String.class).single();
        assertThat(disimpan).doesNotContain(nikIbu).doesNotContain(kk);

        // same NIK twice in one programme is refused
        assertThatThrownBy(() -> layanan.catat("SEMBAKO", DESA, "Ibu Uji Ganda", nikIbu, kk))
                .isInstanceOf(GalatValidasi.class)
                .satisfies(e -> assertThat(((GalatValidasi) e).galat()).containsEntry("nik", "bansos.kpm.ganda"));

        // another member of the same family in another programme: warned
        var pkh = layanan.catat("PKH", DESA, "Bapak Uji Ganda", nikAyah, kk);
        assertThat(pkh.programLain()).containsExactly("SEMBAKO");
        var baris = layanan.daftar(DESA, "SEMBAKO").stream().filter(b -> b.kpm().id() == sembako.kpm().id()).findFirst()
                .orElseThrow();
        assertThat(baris.programLain()).containsExactly("PKH");
        // a family in one programme only is not flagged
        var tunggal = layanan.catat("SEMBAKO", DESA, "Ibu Satu Program", nomorAcak(), nomorAcak());
        assertThat(tunggal.programLain()).isEmpty();

        long round = layanan.buatPenyaluran("SEMBAKO", DESA, "Tahap uji " + kk, LocalDate.now());
        var p = layanan.penyaluran(round);
        assertThat(layanan.penerima(p)).extracting(b -> b.kpm().id()).contains(sembako.kpm().id(), tunggal.kpm().id())
                .doesNotContain(pkh.kpm().id());
        // a PDF is not a photo; the proof is required
        assertThatThrownBy(() -> layanan.serahkan(round, sembako.kpm().id(), LocalDate.now(), "Ibu Uji Ganda",
                new MockMultipartFile("foto", "f.pdf", "image/png", "%PDF-1.4".getBytes()), "TTD",
                new MockMultipartFile("bukti", "b.png", "image/png", PNG)))
                .isInstanceOf(GalatValidasi.class);
        assertThatThrownBy(() -> layanan.serahkan(round, sembako.kpm().id(), LocalDate.now(), "Ibu Uji Ganda",
                new MockMultipartFile("foto", "f.png", "image/png", PNG), "JEMPOL", null))
                .isInstanceOf(GalatValidasi.class);
        var peringatan = layanan.serahkan(round, sembako.kpm().id(), LocalDate.now(), "Ibu Uji Ganda",
                new MockMultipartFile("foto", "f.png", "image/png", PNG), "JEMPOL",
                new MockMultipartFile("bukti", "jempol.jpg", "image/jpeg", JPG));
        assertThat(peringatan).containsExactly("PKH");
        assertThat(layanan.serahkan(round, tunggal.kpm().id(), LocalDate.now(), "Ibu Satu Program",
                new MockMultipartFile("foto", "f.jpg", "image/jpeg", JPG), "TTD",
                new MockMultipartFile("bukti", "ttd.png", "image/png", PNG))).isEmpty();
        assertThatThrownBy(() -> layanan.serahkan(round, sembako.kpm().id(), LocalDate.now(), "Ibu Uji Ganda",
                new MockMultipartFile("foto", "f.png", "image/png", PNG), "TTD",
                new MockMultipartFile("bukti", "b.png", "image/png", PNG)))
                .isInstanceOf(GalatValidasi.class);
        var serah = layanan.penerima(p).stream().filter(b -> b.kpm().id() == sembako.kpm().id()).findFirst().orElseThrow().serah();
        assertThat(serah.buktiJenis()).isEqualTo("JEMPOL");
        assertThat(layanan.gambar(round, serah.id(), false).getValue()).isEqualTo(JPG);

        // outside the region: a village operator of Reteh sees neither the list nor the round
        sebagai("operator.sungaiterap");
        assertThatThrownBy(() -> layanan.daftar(DESA, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> layanan.penyaluran(round)).isInstanceOf(TidakDitemukan.class);
        assertThatThrownBy(() -> layanan.catat("PKH", DESA, "X", nomorAcak(), nomorAcak())).isInstanceOf(GalatValidasi.class);
    }
}
