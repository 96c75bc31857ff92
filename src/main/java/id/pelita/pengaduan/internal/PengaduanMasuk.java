package id.pelita.pengaduan.internal;

/**
 * A complaint as it arrives from any channel, before it is checked and stored.
 *
 * @param kategori    what it is about
 * @param desaKode    the village (Kemendagri code) it happened in; must lie in a served kecamatan
 * @param uraian      the citizen's description, 10–2000 characters
 * @param saluran     the channel
 * @param telepon     phone/WhatsApp number in international form without '+', e.g. 6281234567890 (optional
 *                    except for WhatsApp)
 * @param email       optional e-mail address for status messages
 * @param namaPelapor optional name
 * @param anonim      hide the reporter's identity from the public and from staff below the camat
 * @param lintang     latitude (WGS84), required for fire reports
 * @param bujur       longitude (WGS84), required for fire reports
 * @param fotoMediaId WhatsApp media id of a photo, if any (web photos are stored separately)
 * @param dicatatOleh username of the officer who keyed a walk-in or phone complaint, else null
 */
public record PengaduanMasuk(Kategori kategori, String desaKode, String uraian, Saluran saluran, String telepon,
                             String email, String namaPelapor, boolean anonim, Double lintang, Double bujur,
                             String fotoMediaId, String dicatatOleh) {
}
