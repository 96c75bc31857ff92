package id.pelita.pengaduan.internal.whatsapp;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a webhook delivery as the Cloud API documents it: {@code object: whatsapp_business_account},
 * {@code entry[].changes[].value} with {@code contacts[]}, {@code messages[]} and {@code statuses[]}.
 * Status callbacks (sent, delivered, read) are only counted: the outbound side will track them.
 */
@Component
class PembacaPayload {

    /** The delivery is not a Cloud API payload at all; it is kept but never retried. */
    static class PayloadTidakSah extends RuntimeException {
        PayloadTidakSah(String pesan) {
            super(pesan);
        }
    }

    record Hasil(List<PesanMasuk> pesan, int jumlahStatus, List<String> catatan) {
    }

    private final ObjectMapper json;

    PembacaPayload(ObjectMapper json) {
        this.json = json;
    }

    Hasil baca(byte[] payload) {
        JsonNode akar;
        try {
            akar = json.readTree(payload);
        } catch (JacksonException e) {
            throw new PayloadTidakSah("JSON tidak dapat dibaca: " + e.getOriginalMessage());
        }
        if (akar == null || !akar.isObject()) {
            throw new PayloadTidakSah("Kiriman bukan objek JSON");
        }
        if (!"whatsapp_business_account".equals(teks(akar.path("object")))) {
            throw new PayloadTidakSah("object bukan whatsapp_business_account: " + teks(akar.path("object")));
        }
        List<PesanMasuk> pesan = new ArrayList<>();
        List<String> catatan = new ArrayList<>();
        int status = 0;
        for (JsonNode entry : larik(akar.path("entry"))) {
            for (JsonNode change : larik(entry.path("changes"))) {
                JsonNode value = change.path("value");
                Map<String, String> nama = new HashMap<>();
                for (JsonNode kontak : larik(value.path("contacts"))) {
                    String waId = teks(kontak.path("wa_id"));
                    String n = teks(kontak.path("profile").path("name"));
                    if (waId != null && n != null) {
                        nama.put(waId, n);
                    }
                }
                for (JsonNode m : larik(value.path("messages"))) {
                    String id = teks(m.path("id"));
                    String dari = teks(m.path("from"));
                    if (id == null || dari == null) {
                        catatan.add("pesan tanpa id atau from dilewati");
                        continue;
                    }
                    pesan.add(pesan(m, id, dari, nama.get(dari)));
                }
                status += larik(value.path("statuses")).size();
            }
        }
        return new Hasil(pesan, status, catatan);
    }

    private static PesanMasuk pesan(JsonNode m, String id, String dari, String namaProfil) {
        String jenis = teks(m.path("type"));
        Instant waktu = waktu(teks(m.path("timestamp")));
        JsonNode gambar = m.path("image");
        JsonNode lokasi = m.path("location");
        return new PesanMasuk(id, dari, waktu, jenis == null ? "unknown" : jenis,
                teks(m.path("text").path("body")),
                teks(gambar.path("id")), teks(gambar.path("mime_type")), teks(gambar.path("caption")),
                angka(lokasi.path("latitude")), angka(lokasi.path("longitude")),
                teks(lokasi.path("name")), teks(lokasi.path("address")), namaProfil);
    }

    private static List<JsonNode> larik(JsonNode n) {
        return n.isArray() ? List.copyOf(n.values()) : List.of();
    }

    private static String teks(JsonNode n) {
        if (n.isString()) {
            return n.stringValue();
        }
        return n.isNumber() ? n.asString() : null;
    }

    private static Double angka(JsonNode n) {
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isString()) {
            try {
                return Double.valueOf(n.stringValue());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** {@code timestamp} is Unix seconds as a string; a missing or odd one gets the time of reading. */
    private static Instant waktu(String detik) {
        try {
            return detik == null ? Instant.now() : Instant.ofEpochSecond(Long.parseLong(detik));
        } catch (NumberFormatException e) {
            return Instant.now();
        }
    }
}
