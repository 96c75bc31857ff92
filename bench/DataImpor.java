import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Fictional residents for bench/impor.sh in Pelita's import template: families of four (head, wife, two
 * children) with valid NIKs of Kec. Reteh (140401, date of birth matching, serials from `set`) and KK numbers.
 * Usage (fastexcel on the class path): java -cp ... bench/DataImpor.java csv|xlsx rows set file
 */
public class DataImpor {

    static final List<String> JUDUL = List.of("nik", "no_kk", "nama", "jenis_kelamin", "tempat_lahir", "tanggal_lahir",
            "shdk", "agama", "pendidikan", "pekerjaan", "status_kawin", "golongan_darah", "disabilitas",
            "status_rekam_ktp", "kewarganegaraan", "telepon", "alamat", "rt", "rw", "desa_kode", "sebab", "tanggal_datang");

    public static void main(String[] a) throws Exception {
        String format = a[0];
        int n = Integer.parseInt(a[1]);
        int set = Integer.parseInt(a[2]);
        Path file = Path.of(a[3]);
        if (format.equals("csv")) {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(String.join(",", JUDUL));
                w.write("\r\n");
                for (int i = 0; i < n; i++) {
                    w.write(String.join(",", baris(i, set)));
                    w.write("\r\n");
                }
            }
        } else {
            try (OutputStream out = new FileOutputStream(file.toFile())) {
                Workbook wb = new Workbook(out, "bench", "1.0");
                Worksheet ws = wb.newWorksheet("penduduk");
                for (int c = 0; c < JUDUL.size(); c++) {
                    ws.value(0, c, JUDUL.get(c));
                }
                for (int i = 0; i < n; i++) {
                    List<String> b = baris(i, set);
                    for (int c = 0; c < b.size(); c++) {
                        if (!b.get(c).isEmpty()) {
                            ws.value(i + 1, c, b.get(c));
                        }
                    }
                    if (i % 1000 == 999) {
                        ws.flush();
                    }
                }
                wb.finish();
            }
        }
    }

    static List<String> baris(int i, int set) {
        int keluarga = i / 4;
        int anggota = i % 4;
        boolean perempuan = anggota == 1 || (anggota == 3 && i % 8 == 3);
        LocalDate lahir = LocalDate.of(anggota < 2 ? 1960 : 2000, 1, 1).plusDays(i % 7000);
        int serial = set * 1000 + i / 7000 + 1;
        String nik = "140401" + String.format("%02d%02d%02d", lahir.getDayOfMonth() + (perempuan ? 40 : 0),
                lahir.getMonthValue(), lahir.getYear() % 100) + String.format("%04d", serial);
        String kk = "14040" + set + String.format("%010d", keluarga * 7L + 3);
        if (kk.endsWith("0000")) {
            kk = kk.substring(0, 15) + "1";
        }
        String shdk = switch (anggota) {
            case 0 -> "Kepala Keluarga";
            case 1 -> "Istri";
            default -> "Anak";
        };
        return List.of(nik, kk, "BENCH " + i, perempuan ? "P" : "L", "Reteh", lahir.toString(), shdk,
                "Islam", anggota < 2 ? "SLTA/Sederajat" : "Tamat SD/Sederajat", anggota == 0 ? "Petani/Pekebun"
                        : anggota == 1 ? "Mengurus Rumah Tangga" : "Pelajar/Mahasiswa", anggota < 2 ? "Kawin" : "Belum Kawin",
                "Tidak Tahu", "", anggota < 2 ? "Card Issued" : "Belum Wajib", "WNI", "", "Jl. Bench No. " + keluarga,
                String.valueOf(1 + keluarga % 20), String.valueOf(1 + keluarga % 5), "", "", "");
    }
}
