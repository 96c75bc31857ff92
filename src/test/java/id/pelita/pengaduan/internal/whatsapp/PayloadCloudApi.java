package id.pelita.pengaduan.internal.whatsapp;

import java.util.Locale;

/**
 * Webhook payloads built as the WhatsApp Cloud API documents them ("Webhooks > messages": text, image,
 * location and status notifications), field for field.
 */
final class PayloadCloudApi {

    private PayloadCloudApi() {
    }

    static String teks(String dari, String nama, String pesanId, String isi) {
        return pesan(dari, nama, pesanId, "\"type\": \"text\", \"text\": {\"body\": " + json(isi) + "}");
    }

    static String gambar(String dari, String nama, String pesanId, String mediaId, String keterangan) {
        return pesan(dari, nama, pesanId, "\"type\": \"image\", \"image\": {\"caption\": " + json(keterangan)
                + ", \"mime_type\": \"image/jpeg\", \"sha256\": \"dGhpcyBpcyBub3QgYSByZWFsIGhhc2g=\", \"id\": "
                + json(mediaId) + "}");
    }

    static String lokasi(String dari, String nama, String pesanId, double lintang, double bujur) {
        return pesan(dari, nama, pesanId, String.format(Locale.ROOT, "\"type\": \"location\", \"location\": "
                + "{\"address\": \"Jl. Raya Trawas\", \"latitude\": %.6f, \"longitude\": %.6f, "
                + "\"name\": \"Lahan terbakar\", \"url\": \"https://maps.google.com\"}", lintang, bujur));
    }

    static String status(String penerima, String pesanId) {
        return "{\"object\": \"whatsapp_business_account\", \"entry\": [{\"id\": \"102290129340398\", \"changes\": [{"
                + "\"value\": {\"messaging_product\": \"whatsapp\", \"metadata\": {\"display_phone_number\": "
                + "\"6281100000000\", \"phone_number_id\": \"106540352242922\"}, \"statuses\": [{\"id\": "
                + json(pesanId) + ", \"status\": \"delivered\", \"timestamp\": \"1750263773\", \"recipient_id\": "
                + json(penerima) + ", \"conversation\": {\"id\": \"4a3b1f0b8b2c\", \"origin\": {\"type\": "
                + "\"service\"}}, \"pricing\": {\"billable\": true, \"pricing_model\": \"PMP\", \"category\": "
                + "\"service\"}}]}, \"field\": \"messages\"}]}]}";
    }

    private static String pesan(String dari, String nama, String pesanId, String isiPesan) {
        long detik = System.currentTimeMillis() / 1000;
        return "{\"object\": \"whatsapp_business_account\", \"entry\": [{\"id\": \"102290129340398\", \"changes\": [{"
                + "\"value\": {\"messaging_product\": \"whatsapp\", \"metadata\": {\"display_phone_number\": "
                + "\"6281100000000\", \"phone_number_id\": \"106540352242922\"}, \"contacts\": [{\"profile\": "
                + "{\"name\": " + json(nama) + "}, \"wa_id\": " + json(dari) + "}], \"messages\": [{\"from\": "
                + json(dari) + ", \"id\": " + json(pesanId) + ", \"timestamp\": \"" + detik + "\", " + isiPesan
                + "}]}, \"field\": \"messages\"}]}]}";
    }

    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
