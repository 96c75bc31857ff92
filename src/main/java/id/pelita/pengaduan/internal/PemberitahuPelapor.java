package id.pelita.pengaduan.internal;

import id.pelita.notifikasi.Notifikasi;
import id.pelita.notifikasi.PesanKeluar;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells the reporter what became of their complaint, on the channel they used: WhatsApp for a WhatsApp
 * complaint (free text inside the 24-hour window, the template outside it — the outbox decides), e-mail when
 * they left an address. Through the outbox, in the caller's transaction; one key per event, so a repeat
 * never sends twice.
 */
@Component
class PemberitahuPelapor {

    /** Pre-approved WhatsApp template for citizens: {{1}} code, {{2}} the news (one line). */
    static final String TEMPLAT = "pelita_status_pengaduan";

    private final Notifikasi notifikasi;
    private final MessageSource pesan;

    PemberitahuPelapor(Notifikasi notifikasi, MessageSource pesan) {
        this.notifikasi = notifikasi;
        this.pesan = pesan;
    }

    /** A status change: DIPROSES, SELESAI, TIDAK_VALID (with the reason) or DIGABUNG (with the other code). */
    /** @param putaran empty for the first handling, e.g. {@code :buka1} after the first reopening */
    void statusBerubah(Pengaduan p, String status, String keterangan, String putaran) {
        kirim(p, "pengaduan.pelapor." + status, keterangan, status + putaran);
    }

    /** A public note by an officer. */
    void catatanPublik(Pengaduan p, long catatanId, String isi) {
        kirim(p, "pengaduan.pelapor.CATATAN", isi, "catatan:" + catatanId);
    }

    private void kirim(Pengaduan p, String kunciPesan, String keterangan, String peristiwa) {
        String isi = pesan.getMessage(kunciPesan, new Object[] {p.kode(), keterangan == null ? "" : keterangan},
                PenerusPengaduan.ID);
        String kunci = "pengaduan:" + p.kode() + ":pelapor:" + peristiwa;
        String hp = nomorWa(p.telepon());
        if (p.saluran() == Saluran.WHATSAPP && hp != null) {
            // Template parameters may not hold line breaks.
            notifikasi.kirim(PesanKeluar.whatsapp(hp, isi, TEMPLAT, List.of(p.kode(), isi.replaceAll("\\s+", " ")),
                    kunci + ":wa"));
        }
        if (p.email() != null) {
            String subjek = pesan.getMessage("pengaduan.pelapor.subjek", new Object[] {p.kode()}, PenerusPengaduan.ID);
            notifikasi.kirim(PesanKeluar.email(p.email(), subjek, isi, kunci + ":email"));
        }
    }

    /** A phone as WhatsApp wants it (digits, no leading 0 or +); null when there is none or it is unusable. */
    static String nomorWa(String telepon) {
        if (telepon == null) {
            return null;
        }
        String d = telepon.replaceAll("[^0-9]", "");
        if (d.startsWith("0")) {
            d = "62" + d.substring(1);
        }
        return d.matches("[1-9]\\d{7,14}") ? d : null;
    }
}
