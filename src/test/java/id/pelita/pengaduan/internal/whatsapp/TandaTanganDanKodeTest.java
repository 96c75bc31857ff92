package id.pelita.pengaduan.internal.whatsapp;

import id.pelita.pengaduan.internal.RepositoriPengaduan;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TandaTanganDanKodeTest {

    @Test
    void hmacMatchesTheRfc4231TestVector() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
        String benar = "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        assertThat(TandaTanganWebhook.sah(data, benar, "Jefe")).isTrue();
        assertThat(TandaTanganWebhook.sah(data, benar.toUpperCase().replace("SHA256=", "sha256="), "Jefe")).isTrue();
        assertThat(TandaTanganWebhook.sah(data, benar.substring(0, benar.length() - 2), "Jefe")).isFalse();
        assertThat(TandaTanganWebhook.sah(data, benar, "jefe")).isFalse();
        assertThat(TandaTanganWebhook.sah(data, benar, "")).as("no secret configured").isFalse();
        assertThat(TandaTanganWebhook.sah(data, "sha256=", "Jefe")).isFalse();
    }

    @Test
    void trackingCodesUseTheUnambiguousAlphabet() {
        var repo = new RepositoriPengaduan(null, new org.springframework.jdbc.datasource.DataSourceTransactionManager());
        for (int i = 0; i < 2000; i++) {
            assertThat(repo.kodeBaru()).matches("PK-[2-9ABCDEFGHJKMNPQRSTUVWXYZ]{6}");
        }
        assertThat(RepositoriPengaduan.normalKode("pk 7f3k9q")).contains("PK-7F3K9Q");
        assertThat(RepositoriPengaduan.normalKode("7F3K9Q")).contains("PK-7F3K9Q");
        assertThat(RepositoriPengaduan.normalKode("PK-7F3")).isEmpty();
    }

    @Test
    void villageNamesCompareWithoutSpacesCaseOrPrefix() {
        assertThat(PencariDesa.normal("Desa Sungai Terap")).isEqualTo(PencariDesa.normal("Sungaiterap"));
        assertThat(PencariDesa.normal("KELURAHAN  Pulau Kijang")).isEqualTo("pulaukijang");
    }
}
