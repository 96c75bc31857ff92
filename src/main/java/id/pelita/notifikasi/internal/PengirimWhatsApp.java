package id.pelita.notifikasi.internal;

import id.pelita.notifikasi.Saluran;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * WhatsApp Business Cloud API: {@code POST {base}/{versi}/{phoneNumberId}/messages}. A text message
 * inside the 24-hour window, otherwise the message's template (language {@code bahasaTemplat}, body
 * parameters in order). 429, 5xx and network errors are retried; any other 4xx is permanent.
 */
class PengirimWhatsApp implements PengirimSaluran {

    /** The part of the Cloud API's answer we keep: {@code messages[0].id}. */
    record Jawaban(List<Pesan> messages) {
        record Pesan(String id) {
        }
    }

    private final PengaturanWhatsApp pengaturan;
    private final JendelaPercakapan jendela;
    private final RestClient klien;

    PengirimWhatsApp(PengaturanWhatsApp pengaturan, RestClient.Builder builder, JendelaPercakapan jendela) {
        this.pengaturan = pengaturan;
        this.jendela = jendela;
        // HTTP/1.1: the JDK client would otherwise try an h2c upgrade on plain-http bases (local fakes,
        // proxies), which some servers break; over https HTTP/1.1 is equally accepted by the Graph API.
        JdkClientHttpRequestFactory f = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(pengaturan.batasWaktu()).build());
        f.setReadTimeout(pengaturan.batasWaktu());
        this.klien = builder.requestFactory(f).baseUrl(pengaturan.apiBase()).build();
    }

    @Override
    public Saluran saluran() {
        return Saluran.WHATSAPP;
    }

    @Override
    public Optional<String> belumSiap() {
        return pengaturan.lengkap() ? Optional.empty()
                : Optional.of("WhatsApp belum dikonfigurasi (pelita.whatsapp.phone-number-id dan pelita.whatsapp.token)");
    }

    @Override
    public HasilKirim kirim(BarisKeluar b, Instant sekarang) {
        Map<String, Object> isi = new LinkedHashMap<>();
        isi.put("messaging_product", "whatsapp");
        isi.put("recipient_type", "individual");
        isi.put("to", b.tujuan());
        boolean bolehTeks = b.isi() != null && !b.isi().isBlank() && jendela.terbuka(b.tujuan(), sekarang);
        if (bolehTeks) {
            isi.put("type", "text");
            isi.put("text", Map.of("preview_url", false, "body", b.isi()));
        } else if (b.templat() != null && !b.templat().isBlank()) {
            isi.put("type", "template");
            isi.put("template", templat(b));
        } else {
            return new HasilKirim.GagalPermanen("Penerima tidak menulis dalam 24 jam terakhir dan pesan tanpa templat: "
                    + "WhatsApp hanya mengizinkan templat di luar jendela 24 jam");
        }
        try {
            Jawaban j = klien.post().uri("/{versi}/{id}/messages", pengaturan.versi(), pengaturan.phoneNumberId())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + pengaturan.token())
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .body(isi).retrieve().body(Jawaban.class);
            String id = j == null || j.messages() == null || j.messages().isEmpty() ? null : j.messages().get(0).id();
            return new HasilKirim.Terkirim(id);
        } catch (RestClientResponseException e) {
            int kode = e.getStatusCode().value();
            String galat = "WhatsApp menjawab " + kode + ": " + RepositoriNotifikasi.potong(e.getResponseBodyAsString(), 500);
            return kode == 429 || e.getStatusCode().is5xxServerError() ? new HasilKirim.GagalSementara(galat)
                    : new HasilKirim.GagalPermanen(galat);
        } catch (ResourceAccessException e) {
            return new HasilKirim.GagalSementara("WhatsApp tidak terjangkau: " + e.getMessage());
        } catch (RestClientException e) {
            return new HasilKirim.GagalSementara("Jawaban WhatsApp tidak terbaca: " + e.getMessage());
        }
    }

    private Map<String, Object> templat(BarisKeluar b) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", b.templat());
        t.put("language", Map.of("code", pengaturan.bahasaTemplat()));
        if (!b.parameterTemplat().isEmpty()) {
            t.put("components", List.of(Map.of("type", "body", "parameters",
                    b.parameterTemplat().stream().map(p -> Map.of("type", "text", "text", p)).toList())));
        }
        return t;
    }
}
