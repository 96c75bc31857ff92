package id.pelita.bansos.internal;

import id.pelita.inti.CetakPdf;
import static id.pelita.inti.CetakPdf.x;
import id.pelita.dokumen.PenerbitDokumen;
import id.pelita.sop.DefinisiSop;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The letter of a BSPPS coordination meeting as PDF: letterhead from the SOP, the register number, the invitation,
 * the camat's electronic-signature block with the QR code to the verification page and the UU ITE note (as on the
 * SOP of seed 002). XHTML built by hand (every user text escaped), rendered by openhtmltopdf with embedded DejaVu.
 */
@Component
class PenyusunSurat {

    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter HARI = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id"));

    /**
     * @param camat the official signing (name as shown), {@code jabatan} e.g. "Camat Trawas"
     */
    record Isi(Rakor rakor, String namaDesa, String namaKecamatan, DefinisiSop sop, String nomor, LocalDate tanggal,
               String camat, String jabatan, PenerbitDokumen.Kerangka kerangka) {
    }

    String html(Isi i) {
        Rakor r = i.rakor();
        String kantor = i.sop().kantor() == null ? "" : i.sop().kantor();
        StringBuilder s = new StringBuilder(8192);
        s.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(x("Surat Rakor BSPPS " + i.nomor())).append("</title><style>")
                .append("@page { size: A4; margin: 2cm 2cm 2cm 2.5cm; }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.45; }")
                .append(".kop { text-align: center; border-bottom: 3px double #000; padding-bottom: 6px; margin-bottom: 14px; }")
                .append(".kop .a { font-size: 12pt; font-weight: bold; } .kop .b { font-size: 14pt; font-weight: bold; }")
                .append("table.id td { vertical-align: top; padding: 0 4px 0 0; } .ttd { margin-left: 55%; margin-top: 18px; }")
                .append(".qr { width: 90px; height: 90px; } .catatan { margin-top: 24px; font-size: 8pt; border-top: 1px solid #666; padding-top: 4px; }")
                .append("table.acara td { vertical-align: top; padding: 1px 6px 1px 0; }")
                .append("</style></head><body>");
        s.append("<div class=\"kop\"><div class=\"a\">PEMERINTAH ").append(x(kabupaten(kantor)).toUpperCase(Locale.ROOT))
                .append("</div><div class=\"b\">").append(x(i.namaKecamatan().toUpperCase(Locale.ROOT)))
                .append("</div><div>").append(x(kantor)).append("</div></div>");
        s.append("<p style=\"text-align:right\">").append(x(i.namaKecamatan().replace("Kecamatan ", ""))).append(", ")
                .append(x(TANGGAL.format(i.tanggal()))).append("</p>");
        s.append("<table class=\"id\"><tr><td>Nomor</td><td>:</td><td><b>").append(x(i.nomor())).append("</b></td></tr>")
                .append("<tr><td>Sifat</td><td>:</td><td>Penting</td></tr>")
                .append("<tr><td>Lampiran</td><td>:</td><td>-</td></tr>")
                .append("<tr><td>Perihal</td><td>:</td><td>Undangan Rapat Koordinasi Persiapan Penyaluran Bantuan Sosial Pangan Program Sembako (BSPPS)</td></tr></table>");
        s.append("<p>Kepada Yth.<br/>1. Forum Koordinasi Pimpinan Kecamatan (Forkopimcam)<br/>2. Agen penyalur BSPPS<br/>")
                .append("3. Perwakilan Keluarga Penerima Manfaat (KPM) ").append(x(i.namaDesa())).append("<br/>di tempat</p>");
        s.append("<p>Menindaklanjuti permohonan ").append(x(r.pemohonNama()))
                .append(" beserta surat pengantar dari ").append(x(i.namaDesa()))
                .append(", dengan ini kami mengundang Bapak/Ibu untuk menghadiri rapat koordinasi persiapan penyaluran BSPPS pada:</p>");
        s.append("<table class=\"acara\"><tr><td>Hari, tanggal</td><td>:</td><td>").append(x(HARI.format(r.tanggalRakor())))
                .append("</td></tr><tr><td>Tempat</td><td>:</td><td>").append(x(r.tempat()))
                .append("</td></tr><tr><td>Acara</td><td>:</td><td>").append(x(r.perihal())).append("</td></tr></table>");
        s.append("<p>Demikian atas perhatian dan kehadirannya disampaikan terima kasih.</p>");
        s.append("<div class=\"ttd\"><div>").append(x(i.jabatan().toUpperCase(Locale.ROOT))).append(",</div>")
                .append("<img class=\"qr\" alt=\"QR verifikasi\" src=\"").append(i.kerangka().qrDataUri()).append("\"/>")
                .append("<div style=\"font-size:8pt\">Ditandatangani secara elektronik</div>")
                .append("<div><b><u>").append(x(i.camat())).append("</u></b></div></div>");
        s.append("<div class=\"catatan\">Catatan:<br/>1. Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik. ")
                .append("Keaslian dapat diperiksa dengan memindai kode QR atau membuka ")
                .append(x(i.kerangka().alamatVerifikasi())).append("<br/>")
                .append("2. UU ITE No. 11 Tahun 2008 Pasal 5 ayat 1: \u201cInformasi Elektronik dan/atau Dokumen Elektronik dan/atau ")
                .append("hasil cetaknya merupakan alat bukti hukum yang sah\u201d.<br/>Berkas layanan: ")
                .append(x(r.berkasNomor())).append("</div>");
        return s.append("</body></html>\n").toString();
    }

    byte[] pdf(Isi i) {
        return CetakPdf.dariXhtml(html(i), "Surat " + i.nomor());
    }

    /** "Pemerintah Kabupaten Mojokerto, Kecamatan Trawas, ..." → "Kabupaten Mojokerto". */
    static String kabupaten(String kantor) {
        for (String bagian : kantor.split(",")) {
            String t = bagian.trim().replaceFirst("(?i)^pemerintah\\s+", "");
            if (t.toLowerCase(Locale.ROOT).startsWith("kabupaten") || t.toLowerCase(Locale.ROOT).startsWith("kota")) {
                return t;
            }
        }
        return "Kabupaten";
    }


}
