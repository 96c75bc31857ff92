package id.pelita.pengaduan.internal.whatsapp;

import java.time.Instant;

/**
 * One incoming message as the Cloud API describes it ({@code entry[].changes[].value.messages[]}); only the
 * fields of the types the conversation understands are filled.
 *
 * @param id         the message id ({@code wamid....}), unique per message, the same on re-delivery
 * @param dari       the sender's WhatsApp number ({@code from})
 * @param jenis      {@code type}: text, image, location, or another the conversation does not understand
 * @param teks       {@code text.body}
 * @param mediaId    {@code image.id} (the media itself stays at Meta; only its id is kept)
 * @param keterangan {@code image.caption}
 * @param namaProfil {@code contacts[].profile.name} of the sender
 */
record PesanMasuk(String id, String dari, Instant waktu, String jenis, String teks, String mediaId, String mimeType,
                  String keterangan, Double lintang, Double bujur, String namaLokasi, String alamat,
                  String namaProfil) {

    boolean adalahTeks() {
        return "text".equals(jenis) && teks != null;
    }

    boolean adalahGambar() {
        return "image".equals(jenis) && mediaId != null;
    }

    boolean adalahLokasi() {
        return "location".equals(jenis) && lintang != null && bujur != null;
    }

    /** The trimmed text of a text message, or "" for other types. */
    String isi() {
        return adalahTeks() ? teks.strip() : "";
    }
}
