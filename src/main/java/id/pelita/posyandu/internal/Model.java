package id.pelita.posyandu.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** The module's rows as the application reads them. */
final class Model {

    private Model() {
    }

    record Posyandu(long id, String desaKode, String nama, String rt, String rw, String alamat, boolean aktif) {
    }

    record Jadwal(long id, long posyanduId, LocalDate tanggal, LocalTime jamMulai, LocalTime jamSelesai,
                  String tempat, String keterangan, boolean dibatalkan) {
    }

    record Ibu(long id, String desaKode, Long posyanduId, Long pendudukId, String nama, LocalDate tanggalLahir,
               String telepon, String noBukuKia, LocalDate bukuDiserahkanPada) {

        boolean punyaBuku() {
            return noBukuKia != null;
        }
    }

    record Anak(long id, String desaKode, Long posyanduId, Long ibuId, Long pendudukId, String nama,
                String jenisKelamin, LocalDate tanggalLahir) {
    }

    record Sesi(long id, long posyanduId, Long jadwalId, LocalDate tanggal, String status, String catatan,
                java.time.OffsetDateTime laporanDikirimPada) {

        boolean buka() {
            return "BUKA".equals(status);
        }
    }

    /** A stored measurement with what was computed from it. */
    record Ukur(long id, long sesiId, long anakId, LocalDate tanggalUkur, int umurHari, int umurBulan,
                BigDecimal beratKg, BigDecimal panjangCm, String caraUkur, BigDecimal lingkarKepalaCm,
                BigDecimal lilaCm, boolean edema, boolean vitaminA, String imunisasi, BigDecimal panjangDipakaiCm,
                BigDecimal imt, BigDecimal zlen, BigDecimal zwei, BigDecimal zwfl, BigDecimal zbmi,
                String kategoriTbu, String kategoriBbu, String kategoriBbtb, String kategoriImtu, String kenaikan,
                Integer kenaikanGram, Integer kbmGram, String bendera) {

        Double z(String indeks) {
            BigDecimal v = switch (indeks) {
                case "zlen" -> zlen;
                case "zwei" -> zwei;
                case "zwfl" -> zwfl;
                default -> zbmi;
            };
            return v == null ? null : v.doubleValue();
        }
    }

    record Intervensi(long id, long anakId, String jenis, String uraian, BigDecimal jumlah, String satuan,
                      int lamaHari, LocalDate mulai, String pemberi, String nomorBerkas) {
    }

    record Rujukan(long id, long anakId, long pengukuranId, String alasan, String nomorBerkas,
                   java.time.OffsetDateTime dibuatPada) {
    }
}
