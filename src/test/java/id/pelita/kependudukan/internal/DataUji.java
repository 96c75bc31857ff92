package id.pelita.kependudukan.internal;

import id.pelita.kependudukan.JenisKelamin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Valid, fictional numbers for tests; random serials so runs on a kept PostgreSQL database do not collide. */
final class DataUji {

    private DataUji() {
    }

    static String nik(String kodeKecamatan6, LocalDate lahir, JenisKelamin jk) {
        int hari = lahir.getDayOfMonth() + (jk == JenisKelamin.P ? 40 : 0);
        return kodeKecamatan6 + String.format("%02d%02d%02d", hari, lahir.getMonthValue(), lahir.getYear() % 100)
                + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10000));
    }

    static String kk() {
        return "140401" + String.format("%010d", ThreadLocalRandom.current().nextLong(1, 10_000_000_000L))
                .replaceAll("0000$", "0001");
    }

    /** Form fields of a new family with its head, as the page posts them. */
    static Map<String, String> keluargaBaru(String noKk, String nikKepala, String nama, LocalDate lahir) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("noKk", noKk);
        m.put("alamat", "Jl. Uji No. 1");
        m.put("rt", "1");
        m.put("rw", "2");
        m.put("kepala.nik", nikKepala);
        m.put("kepala.nama", nama);
        m.put("kepala.jenisKelamin", "L");
        m.put("kepala.tempatLahir", "Sungai Terap");
        m.put("kepala.tanggalLahir", lahir.toString());
        m.put("kepala.agama", "1");
        m.put("kepala.pendidikan", "5");
        m.put("kepala.pekerjaan", "9");
        m.put("kepala.statusKawin", "2");
        m.put("kepala.golonganDarah", "13");
        m.put("kepala.statusRekamKtp", "3");
        m.put("kepala.kewarganegaraan", "1");
        m.put("kepala.sebab", "PENDATAAN");
        return m;
    }
}
