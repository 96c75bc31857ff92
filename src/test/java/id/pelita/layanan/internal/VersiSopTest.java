package id.pelita.layanan.internal;

import id.pelita.PelitaTest;
import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.KatalogSop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A revision makes a new version: new cases take it, cases already running finish on theirs. */
@PelitaTest
class VersiSopTest {

    @Autowired
    KatalogSop katalog;
    @Autowired
    LayananBerkas layanan;
    @Autowired
    BerkasRepository repo;
    @Autowired
    SopTerjemahan sop;
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
    void runningCasesStayOnTheirVersion() {
        DefinisiSop lama = katalog.terbaru("VCO").orElseThrow();
        Berkas berjalan = layanan.mulai("VCO", "14.04.07", "Kelompok VCO", null, null, sebagai("pkk.mandah"));
        assertThat(berjalan.sopVersi()).isEqualTo(lama.versi());

        // Revision: step 1 now has a 45-minute standard and a new required item.
        var langkah = new ArrayList<>(lama.langkah());
        var l1 = langkah.get(0);
        List<String> kelengkapan = new ArrayList<>(l1.kelengkapan());
        kelengkapan.add("Daftar hadir rapat");
        langkah.set(0, new DefinisiSop.Langkah(l1.no(), l1.kegiatan(), l1.pelaksana(), kelengkapan, "45 menit",
                l1.output(), l1.keterangan(), l1.keputusan()));
        DefinisiSop revisi = new DefinisiSop(lama.kode(), lama.versi(), lama.nama(), lama.nomor(), lama.kantor(), lama.unit(),
                lama.kecamatan(), lama.tanggalPembuatan(), lama.tanggalRevisi(), lama.tanggalEfektif(), lama.disahkanOleh(),
                lama.dasarHukum(), lama.kualifikasiPelaksana(), lama.keterkaitan(), lama.peralatan(), lama.peringatan(),
                lama.pencatatan(), lama.pelaksana(), langkah, lama.register(), lama.sumber());
        sebagai("admin");
        DefinisiSop baru = katalog.simpanRevisi(katalog.yaml(revisi), "Uji revisi");
        assertThat(baru.versi()).isEqualTo(lama.versi() + 1);

        Berkas kasusBaru = layanan.mulai("VCO", "14.04.07", "Kelompok VCO 2", null, null, sebagai("pkk.mandah"));
        assertThat(kasusBaru.sopVersi()).isEqualTo(baru.versi());
        assertThat(repo.cari(berjalan.id()).orElseThrow().sopVersi()).isEqualTo(lama.versi());

        // The running case's first step still asks for the old items only, the new one for the new item too.
        var p = sebagai("pkk.mandah");
        String tugasLama = layanan.tugasProses(berjalan.prosesId()).get(0).getId();
        layanan.selesaikan(tugasLama, new IsianLangkah(Set.copyOf(l1.kelengkapan()), null, null, null, List.of()), p);
        assertThat(repo.langkahTugas(tugasLama).orElseThrow().selesai()).isNotNull();
        String tugasBaru = layanan.tugasProses(kasusBaru.prosesId()).get(0).getId();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> layanan.selesaikan(tugasBaru,
                        new IsianLangkah(Set.copyOf(l1.kelengkapan()), null, null, null, List.of()), p))
                .isInstanceOf(id.pelita.inti.GalatValidasi.class);
        assertThat(sop.versi("VCO", lama.versi()).langkah().get(0).waktu()).isEqualTo(l1.waktu());
    }
}
