package id.pelita.posyandu.internal;

import id.pelita.posyandu.JadwalPosyandu;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Wilayah;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The schedule for citizens: public page, public API and the WhatsApp answer to {@code JADWAL <desa>}. */
@Component
class JadwalPosyanduJdbc implements JadwalPosyandu {

    static final int BATAS_SESI = 6;
    private static final Locale ID = Locale.forLanguageTag("id");
    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", ID);
    private static final DateTimeFormatter JAM = DateTimeFormatter.ofPattern("HH.mm");

    private final JdbcClient jdbc;
    private final DirektoriWilayah wilayah;
    private final Clock jam;

    JadwalPosyanduJdbc(JdbcClient jdbc, DirektoriWilayah wilayah, Clock jam) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.jam = jam;
    }

    @Override
    public Optional<String> untukDesa(String namaAtauKode) {
        Optional<Wilayah> desa = cariDesa(namaAtauKode);
        if (desa.isEmpty()) {
            return Optional.empty();
        }
        List<Sesi> sesi = mendatang(desa.get().kode(), LocalDate.now(jam));
        StringBuilder b = new StringBuilder();
        b.append("Jadwal posyandu Desa ").append(desa.get().nama()).append(':');
        if (sesi.isEmpty()) {
            b.append("\nBelum ada jadwal posyandu yang akan datang. Silakan tanyakan kepada kader atau kantor desa.");
        }
        for (Sesi s : sesi.stream().limit(BATAS_SESI).toList()) {
            b.append("\n- ").append(s.posyandu()).append(": ").append(TANGGAL.format(s.tanggal()))
                    .append(", pukul ").append(JAM.format(s.jamMulai()));
            if (s.jamSelesai() != null) {
                b.append('–').append(JAM.format(s.jamSelesai()));
            }
            if (s.tempat() != null) {
                b.append(", ").append(s.tempat());
            }
            if (s.keterangan() != null) {
                b.append(" (").append(s.keterangan()).append(')');
            }
        }
        b.append("\n\nBawa balita dan Buku KIA (Buku Kesehatan Ibu dan Anak). Belum punya Buku KIA? "
                + "Tanyakan kepada kader posyandu.");
        return Optional.of(b.toString());
    }

    @Override
    public List<Sesi> mendatang(String desaKode, LocalDate sejak) {
        return jdbc.sql("select j.id, j.posyandu_id, p.nama, p.desa_kode, j.tanggal, j.jam_mulai, j.jam_selesai, "
                        + "coalesce(j.tempat, p.alamat) tempat, j.keterangan from jadwal_posyandu j "
                        + "join posyandu p on p.id = j.posyandu_id where p.desa_kode = ? and p.aktif "
                        + "and not j.dibatalkan and j.tanggal >= ? order by j.tanggal, j.jam_mulai, p.nama")
                .params(desaKode, sejak)
                .query((rs, i) -> new Sesi(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalTime.class),
                        rs.getObject(7, LocalTime.class), rs.getString(8), rs.getString(9)))
                .list();
    }

    /** A village of the served kecamatan by code or by name (spaces, case and "desa" prefix ignored). */
    Optional<Wilayah> cariDesa(String teks) {
        if (teks == null || teks.isBlank()) {
            return Optional.empty();
        }
        String t = teks.strip();
        if (KodeWilayah.sah(t)) {
            return wilayah.cari(t).filter(w -> t.length() == 13 && wilayah.dilayani(t));
        }
        String dicari = normal(t);
        if (dicari.length() < 3) {
            return Optional.empty();
        }
        List<Wilayah> mirip = new ArrayList<>();
        for (Wilayah kec : wilayah.kecamatanLayanan()) {
            for (Wilayah desa : wilayah.anak(kec.kode())) {
                String nama = normal(desa.nama());
                if (nama.equals(dicari)) {
                    return Optional.of(desa);
                }
                if (nama.contains(dicari)) {
                    mirip.add(desa);
                }
            }
        }
        return mirip.size() == 1 ? Optional.of(mirip.get(0)) : Optional.empty();
    }

    static String normal(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).strip();
        t = t.replaceFirst("^(desa|kelurahan|kel\\.?|ds\\.?)\\s+", "");
        return t.replaceAll("[^a-z0-9]", "");
    }
}
