package id.pelita.pengaduan.internal.whatsapp;

import id.pelita.PelitaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 004 step 2: a citizen asks for the posyandu schedule on WhatsApp with {@code JADWAL <desa>}. */
@PelitaTest
class JadwalPosyanduWhatsAppTest {

    @Autowired
    AlurPercakapan alur;

    private List<String> kirim(Keadaan k, String teks) {
        return alur.tangani(k, new PesanMasuk("wamid.uji-" + System.nanoTime(), k.telepon, Instant.now(), "text", teks,
                null, null, null, null, null, null, null, "Warga Uji"), Instant.now());
    }

    @Test
    void jadwalWithAVillageNameAnswersItsComingSessions() {
        Keadaan k = new Keadaan("6281200000401");
        String jawab = kirim(k, "JADWAL sungai terap").get(0);
        assertThat(jawab).contains("Jadwal posyandu Desa").contains("Posyandu Melati").contains("pukul 08.00")
                .contains("Buku KIA");
        // Answered at any point of a complaint conversation, without disturbing it.
        assertThat(k.tahap).isEqualTo(Tahap.BARU);
        assertThat(kirim(k, "jadwal posyandu 14.04.01.2004").get(0)).contains("Posyandu Melati");
    }

    @Test
    void jadwalWithoutOrWithAnUnknownVillageExplainsHowToAsk() {
        Keadaan k = new Keadaan("6281200000402");
        assertThat(kirim(k, "jadwal").get(0)).contains("JADWAL Sungai Terap");
        assertThat(kirim(k, "Jadwal Antah Berantah").get(0)).contains("tidak ditemukan");
    }
}
