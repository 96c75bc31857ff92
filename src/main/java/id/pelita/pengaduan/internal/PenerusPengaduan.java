package id.pelita.pengaduan.internal;

import id.pelita.akun.DirektoriPengguna;
import id.pelita.akun.DirektoriPengguna.PenggunaAktif;
import id.pelita.inti.Peran;
import id.pelita.notifikasi.Notifikasi;
import id.pelita.notifikasi.PesanKeluar;
import id.pelita.wilayah.DirektoriWilayah;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Step 2 of the SOP ("the report is passed to the group for the camat and the coordinator"): the camat, the
 * kecamatan coordinator and the village team are told at once — in the app, by e-mail and by WhatsApp
 * template — through the outbox, in the intake transaction. Never the reporter's identity: only the report.
 */
@Component
class PenerusPengaduan {

    static final Locale ID = Locale.forLanguageTag("id");
    /** Pre-approved WhatsApp template for staff: {{1}} code, {{2}} category, {{3}} village. */
    static final String TEMPLAT = "pelita_pengaduan_baru";

    private final DirektoriPengguna pengguna;
    private final Notifikasi notifikasi;
    private final DirektoriWilayah wilayah;
    private final MessageSource pesan;

    PenerusPengaduan(DirektoriPengguna pengguna, Notifikasi notifikasi, DirektoriWilayah wilayah, MessageSource pesan) {
        this.pengguna = pengguna;
        this.notifikasi = notifikasi;
        this.wilayah = wilayah;
        this.pesan = pesan;
    }

    /** @param berkas the case number, or null when the complaint is handled without a case */
    void teruskan(Pengaduan p, String berkas) {
        teruskan(p, berkas, "");
    }

    /**
     * @param putaran distinguishes a later round of the same complaint (reopened by the reporter) from the
     *                first, so the outbox's idempotency keys do not swallow it
     */
    void teruskan(Pengaduan p, String berkas, String putaran) {
        String desa = wilayah.namaLengkap(p.desaKode());
        String kategori = pesan.getMessage(p.kategori().kunciPesan(), null, ID);
        String subjek = pesan.getMessage("pengaduan.teruskan.subjek", new Object[] {p.kode(), kategori}, ID);
        String isi = pesan.getMessage(berkas == null ? "pengaduan.teruskan.isi.manual" : "pengaduan.teruskan.isi",
                new Object[] {p.kode(), kategori, desa, p.uraian(), berkas}, ID);
        for (PenggunaAktif u : penerima(p, berkas != null)) {
            String kunci = "pengaduan:" + p.kode() + ":teruskan" + putaran + ":" + u.username();
            notifikasi.kirim(PesanKeluar.aplikasi(u.username(), subjek, isi, kunci + ":app"));
            if (u.email() != null && !u.email().isBlank()) {
                notifikasi.kirim(PesanKeluar.email(u.email().strip(), subjek, isi, kunci + ":email"));
            }
            String hp = PemberitahuPelapor.nomorWa(u.telepon());
            if (hp != null) {
                notifikasi.kirim(PesanKeluar.whatsapp(hp, isi, TEMPLAT, List.of(p.kode(), kategori, desa),
                        kunci + ":wa"));
            }
        }
    }

    /** With a case: camat, coordinator, village team. Without: the kecamatan office (camat, sekcam, staf). */
    private List<PenggunaAktif> penerima(Pengaduan p, boolean adaBerkas) {
        Map<String, PenggunaAktif> semua = new LinkedHashMap<>();
        List<PenggunaAktif> daftar = new ArrayList<>(pengguna.aktif(Peran.CAMAT, p.kecamatanKode()));
        if (adaBerkas) {
            p.kategori().koordinator().ifPresent(r -> daftar.addAll(pengguna.aktif(r, p.kecamatanKode())));
            daftar.addAll(pengguna.aktif(Peran.OPERATOR_DESA, p.desaKode()));
            daftar.addAll(pengguna.aktif(Peran.KADER_POSYANDU, p.desaKode()));
        } else {
            daftar.addAll(pengguna.aktif(Peran.SEKCAM, p.kecamatanKode()));
            daftar.addAll(pengguna.aktif(Peran.STAF, p.kecamatanKode()));
        }
        daftar.forEach(u -> semua.putIfAbsent(u.username(), u));
        return List.copyOf(semua.values());
    }
}
