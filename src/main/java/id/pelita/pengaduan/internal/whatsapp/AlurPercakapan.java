package id.pelita.pengaduan.internal.whatsapp;

import id.pelita.pengaduan.internal.Kategori;
import id.pelita.pengaduan.internal.PenerimaPengaduan;
import id.pelita.pengaduan.internal.PengaduanMasuk;
import id.pelita.pengaduan.internal.RepositoriPengaduan;
import id.pelita.pengaduan.internal.Saluran;
import id.pelita.posyandu.JadwalPosyandu;

import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Wilayah;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The WhatsApp conversation: greeting and menu, category, village, description, optional photo, location
 * (required for fire reports), summary, YA, tracking code. {@code CEK <kode>} works at any point, {@code BATAL}
 * starts over. A conversation silent for 24 hours is forgotten. Never asks for NIK or a child's health
 * details: WhatsApp data is processed outside Indonesia (UU 27/2022), and the greeting and the stunting
 * prompt say so.
 */
@Component
class AlurPercakapan {

    static final Duration KEDALUWARSA = Duration.ofHours(24);
    static final int URAIAN_MIN = 10;
    static final int URAIAN_MAKS = 2000;
    private static final Locale ID = Locale.forLanguageTag("id");
    private static final Pattern CEK = Pattern.compile("(?i)^cek\\s+(.+)$");
    /** {@code JADWAL <desa>}: the posyandu schedule of a village (seed 004 step 2), at any point. */
    private static final Pattern JADWAL = Pattern.compile("(?i)^jadwal(?:\\s+(?:posyandu\\s+)?(.*))?$");
    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final MessageSource pesan;
    private final PencariDesa pencariDesa;
    private final DirektoriWilayah wilayah;
    private final RepositoriPengaduan pengaduan;
    private final PenerimaPengaduan penerima;
    private final Clock jam;
    private final JadwalPosyandu jadwal;

    AlurPercakapan(MessageSource pesan, PencariDesa pencariDesa, DirektoriWilayah wilayah,
                   RepositoriPengaduan pengaduan, PenerimaPengaduan penerima, Clock jam, JadwalPosyandu jadwal) {
        this.pesan = pesan;
        this.pencariDesa = pencariDesa;
        this.wilayah = wilayah;
        this.pengaduan = pengaduan;
        this.penerima = penerima;
        this.jam = jam;
        this.jadwal = jadwal;
    }

    /** Handles one message against the conversation's state (changed in place); returns the replies. */
    List<String> tangani(Keadaan k, PesanMasuk p, Instant kini) {
        String isi = p.isi();
        Matcher cek = CEK.matcher(isi);
        if (cek.matches()) {
            return List.of(cek(cek.group(1), p.dari()));
        }
        Matcher jadwalDesa = JADWAL.matcher(isi);
        if (jadwalDesa.matches()) {
            String desa = jadwalDesa.group(1) == null ? "" : jadwalDesa.group(1).strip();
            return List.of(desa.isEmpty() ? t("pengaduan.wa.jadwal.tanya")
                    : jadwal.untukDesa(desa).orElseGet(() -> t("pengaduan.wa.jadwal.tidak-ada", desa)));
        }
        if (k.tahap != Tahap.BARU && k.diperbarui != null && k.diperbarui.plus(KEDALUWARSA).isBefore(kini)) {
            k.ulang();
        }
        if (p.namaProfil() != null) {
            k.namaProfil = KotakMasukWhatsApp.potong(p.namaProfil(), 120);
        }
        if (k.tahap != Tahap.BARU && isi.equalsIgnoreCase("batal")) {
            k.ulang();
            k.tahap = Tahap.KATEGORI;
            return List.of(t("pengaduan.wa.batal") + "\n\n" + t("pengaduan.wa.menu"));
        }
        return switch (k.tahap) {
            case BARU -> {
                k.tahap = Tahap.KATEGORI;
                yield List.of(t("pengaduan.wa.salam", namaKecamatan()) + "\n\n" + t("pengaduan.wa.menu"));
            }
            case KATEGORI -> kategori(k, isi);
            case DESA -> desa(k, isi, p);
            case PILIH_DESA -> pilihDesa(k, isi, p);
            case URAIAN -> uraian(k, p, isi);
            case FOTO -> foto(k, p, isi);
            case LOKASI -> lokasi(k, p, isi);
            case KONFIRMASI -> konfirmasi(k, isi);
        };
    }

    private List<String> kategori(Keadaan k, String isi) {
        Optional<Kategori> pilihan = Kategori.dariPilihan(isi.replace(".", "").strip());
        if (pilihan.isEmpty()) {
            return List.of(t("pengaduan.wa.kategori.salah") + "\n\n" + t("pengaduan.wa.menu"));
        }
        k.kategori = pilihan.get();
        k.tahap = Tahap.DESA;
        String tanya = t("pengaduan.wa.desa.tanya", t(k.kategori.kunciPesan()));
        if (k.kategori == Kategori.STUNTING) {
            tanya = t("pengaduan.wa.stunting.peringatan") + "\n\n" + tanya;
        }
        return List.of(tanya);
    }

    private List<String> pilihDesa(Keadaan k, String isi, PesanMasuk p) {
        if (isi.matches("\\d{1,2}")) {
            int n = Integer.parseInt(isi);
            if (n >= 1 && n <= k.calonDesa.size()) {
                return desaDipilih(k, k.calonDesa.get(n - 1));
            }
            return List.of(t("pengaduan.wa.desa.nomor-salah", k.calonDesa.size()));
        }
        return desa(k, isi, p);
    }

    private List<String> desa(Keadaan k, String isi, PesanMasuk p) {
        if (!p.adalahTeks() || isi.isEmpty()) {
            return List.of(t("pengaduan.wa.desa.tanya", t(k.kategori.kunciPesan())));
        }
        PencariDesa.Hasil hasil = pencariDesa.cari(isi);
        if (hasil instanceof PencariDesa.Tunggal tunggal) {
            return desaDipilih(k, tunggal.desa().kode());
        }
        if (hasil instanceof PencariDesa.Banyak b) {
            List<Wilayah> calon = b.calon();
            k.tahap = Tahap.PILIH_DESA;
            k.calonDesa = new ArrayList<>(calon.stream().map(Wilayah::kode).toList());
            StringBuilder daftar = new StringBuilder();
            for (int i = 0; i < calon.size(); i++) {
                daftar.append('\n').append(i + 1).append(". ").append(namaDesa(calon.get(i).kode()));
            }
            return List.of(t("pengaduan.wa.desa.banyak") + daftar);
        }
        if (hasil instanceof PencariDesa.TerlaluBanyak tb) {
            return List.of(t("pengaduan.wa.desa.terlalu-banyak", tb.jumlah()));
        }
        return List.of(t("pengaduan.wa.desa.tidak-ada", isi, namaKecamatan()));
    }

    private List<String> desaDipilih(Keadaan k, String kode) {
        k.desaKode = kode;
        k.calonDesa = new ArrayList<>();
        k.tahap = Tahap.URAIAN;
        return List.of(t("pengaduan.wa.uraian.tanya", namaDesa(kode)));
    }

    private List<String> uraian(Keadaan k, PesanMasuk p, String isi) {
        if (!p.adalahTeks() || isi.length() < URAIAN_MIN) {
            return List.of(t("pengaduan.wa.uraian.pendek", URAIAN_MIN));
        }
        k.uraian = KotakMasukWhatsApp.potong(isi, URAIAN_MAKS);
        k.tahap = Tahap.FOTO;
        return List.of(t("pengaduan.wa.foto.tanya"));
    }

    private List<String> foto(Keadaan k, PesanMasuk p, String isi) {
        if (p.adalahGambar()) {
            k.fotoMediaId = KotakMasukWhatsApp.potong(p.mediaId(), 200);
            k.tahap = Tahap.LOKASI;
            return List.of(t("pengaduan.wa.foto.diterima") + "\n\n" + tanyaLokasi(k));
        }
        if (p.adalahLokasi()) {
            // The citizen skipped the photo by sharing the place right away.
            return lokasi(k, p, isi);
        }
        if (isi.equalsIgnoreCase("lewati")) {
            k.tahap = Tahap.LOKASI;
            return List.of(tanyaLokasi(k));
        }
        return List.of(t("pengaduan.wa.foto.tanya"));
    }

    private List<String> lokasi(Keadaan k, PesanMasuk p, String isi) {
        if (p.adalahLokasi()) {
            if (Math.abs(p.lintang()) > 90 || Math.abs(p.bujur()) > 180) {
                return List.of(t("pengaduan.wa.lokasi.tidak-sah") + "\n\n" + tanyaLokasi(k));
            }
            k.lintang = p.lintang();
            k.bujur = p.bujur();
            return ringkasan(k);
        }
        if (isi.equalsIgnoreCase("lewati")) {
            if (k.kategori.wajibLokasi()) {
                k.tahap = Tahap.LOKASI;
                return List.of(t("pengaduan.wa.lokasi.wajib"));
            }
            return ringkasan(k);
        }
        k.tahap = Tahap.LOKASI;
        return List.of(tanyaLokasi(k));
    }

    private String tanyaLokasi(Keadaan k) {
        return t(k.kategori.wajibLokasi() ? "pengaduan.wa.lokasi.tanya-wajib" : "pengaduan.wa.lokasi.tanya");
    }

    private List<String> ringkasan(Keadaan k) {
        k.tahap = Tahap.KONFIRMASI;
        String lokasi = k.lintang == null ? t("pengaduan.wa.tidak-ada")
                : String.format(Locale.ROOT, "%.5f, %.5f", k.lintang, k.bujur);
        return List.of(t("pengaduan.wa.ringkasan", t(k.kategori.kunciPesan()), namaDesa(k.desaKode), k.uraian,
                k.fotoMediaId == null ? t("pengaduan.wa.tidak-ada") : t("pengaduan.wa.ada"), lokasi));
    }

    private List<String> konfirmasi(Keadaan k, String isi) {
        if (!isi.equalsIgnoreCase("ya")) {
            return List.of(t("pengaduan.wa.konfirmasi.tanya"));
        }
        String kode = penerima.terima(new PengaduanMasuk(k.kategori, k.desaKode, k.uraian, Saluran.WHATSAPP,
                k.telepon, null, k.namaProfil, false, k.lintang, k.bujur, k.fotoMediaId, null));
        k.ulang();
        return List.of(t("pengaduan.wa.diterima", kode));
    }

    /** Status of a complaint: details only to the phone that filed it, the bare status to anyone else. */
    private String cek(String teksKode, String telepon) {
        Optional<RepositoriPengaduan.Tersimpan> ada = RepositoriPengaduan.normalKode(teksKode).flatMap(pengaduan::cari);
        if (ada.isEmpty()) {
            return t("pengaduan.wa.cek.tidak-ada", teksKode.strip());
        }
        var p = ada.get();
        String status = t("pengaduan.status." + p.status());
        if (!telepon.equals(p.telepon())) {
            return t("pengaduan.wa.cek.singkat", p.kode(), status);
        }
        return t("pengaduan.wa.cek.lengkap", p.kode(), status, t("pengaduan.kategori." + p.kategori()),
                namaDesa(p.desaKode()), TANGGAL.format(p.dibuatPada().atZone(jam.getZone())));
    }

    private String namaKecamatan() {
        return wilayah.kecamatanLayanan().stream().map(Wilayah::nama).collect(Collectors.joining(", "));
    }

    private String namaDesa(String kode) {
        return wilayah.namaLengkap(kode);
    }

    private String t(String kunci, Object... arg) {
        return pesan.getMessage(kunci, arg, ID);
    }
}
