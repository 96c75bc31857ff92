package id.pelita.pengaduan.internal;

import id.pelita.inti.CetakPdf;
import static id.pelita.inti.CetakPdf.x;
import id.pelita.layanan.StatusBerkas;
import id.pelita.wilayah.DirektoriWilayah;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The closing report of a handled complaint (SOP: "laporan kegiatan ... kepada Tim Kabupaten") as an A4 PDF:
 * the complaint, every step of its case with who and when, and the public notes. The reporter of an
 * anonymous complaint stays hidden here too. DejaVu Sans is embedded so Indonesian text prints everywhere.
 */
@Component
class LaporanPengaduan {

    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Jakarta"));

    private final DirektoriWilayah wilayah;
    private final MessageSource pesan;

    LaporanPengaduan(DirektoriWilayah wilayah, MessageSource pesan) {
        this.wilayah = wilayah;
        this.pesan = pesan;
    }

    byte[] pdf(Pengaduan p, StatusBerkas berkas, List<RepositoriPenanganan.Catatan> catatan) {
        return CetakPdf.dariXhtml(html(p, berkas, catatan), "Laporan " + p.kode());
    }

    String html(Pengaduan p, StatusBerkas berkas, List<RepositoriPenanganan.Catatan> catatan) {
        StringBuilder s = new StringBuilder("<html><head><meta charset=\"utf-8\"/><style>")
                .append("@page{size:A4;margin:18mm} body{font-family:'DejaVu Sans';font-size:10pt}")
                .append("table{border-collapse:collapse;width:100%} td,th{border:1px solid #444;padding:3px;")
                .append("vertical-align:top;text-align:left} h1{font-size:14pt}</style></head><body>");
        s.append("<h1>").append(x(pesan.getMessage("pengaduan.laporan.judul", new Object[] {p.kode(),
                pesan.getMessage(p.kategori().kunciPesan(), null, PenerusPengaduan.ID)}, PenerusPengaduan.ID)))
                .append("</h1><table>");
        baris(s, "Kode pengaduan", p.kode());
        baris(s, "Nomor berkas", berkas.nomor() + " (SOP " + berkas.sopKode() + ")");
        baris(s, "Desa/kelurahan", wilayah.namaLengkap(p.desaKode()));
        baris(s, "Diterima", waktu(p.dibuatPada()) + " WIB, saluran " + p.saluran());
        baris(s, "Pelapor", p.anonim() ? "dirahasiakan" : p.namaPelapor() == null ? "-" : p.namaPelapor());
        baris(s, "Uraian", p.uraian());
        if (p.lintang() != null) {
            baris(s, "Lokasi", p.lintang() + ", " + p.bujur());
        }
        s.append("</table><h2 style=\"font-size:12pt\">Penanganan</h2><table><tr><th>No</th><th>Kegiatan</th>")
                .append("<th>Oleh</th><th>Selesai</th><th>Hasil dan catatan</th></tr>");
        for (var l : berkas.langkah()) {
            s.append("<tr><td>").append(l.no()).append("</td><td>").append(x(l.kegiatan())).append("</td><td>")
                    .append(x(l.oleh() == null ? l.peran() : l.oleh())).append("</td><td>")
                    .append(x(l.selesai() == null ? "-" : waktu(l.selesai()) + (l.terlambat() ? " (terlambat)" : "")))
                    .append("</td><td>").append(x(l.output() == null ? "" : l.output()))
                    .append(l.catatan() == null ? "" : "<br/>" + x(l.catatan())).append("</td></tr>");
        }
        s.append("</table>");
        var publik = catatan.stream().filter(RepositoriPenanganan.Catatan::publik).toList();
        if (!publik.isEmpty()) {
            s.append("<h2 style=\"font-size:12pt\">Kabar kepada pelapor</h2><ul>");
            publik.forEach(c -> s.append("<li>").append(x(waktu(c.dibuatPada()) + " — " + c.isi())).append("</li>"));
            s.append("</ul>");
        }
        return s.append("</body></html>").toString();
    }

    private static void baris(StringBuilder s, String label, String nilai) {
        s.append("<tr><th style=\"width:30%\">").append(x(label)).append("</th><td>").append(x(nilai)).append("</td></tr>");
    }

    private static String waktu(Instant i) {
        return i == null ? "-" : WAKTU.format(i);
    }


}
