package id.pelita.layanan.internal;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SLA figures per SOP and step: how many steps finished, median and 90th-percentile working duration, and
 * the share finished within the time standard (by the deadline set when the step started).
 */
@Component
class SlaSop {

    record BarisSla(int langkahNo, String kegiatan, int jumlah, Integer medianMenit, Integer p90Menit, int tepatWaktu,
                    int terlambat, double persenTepat) {
    }

    private final BerkasRepository repo;

    SlaSop(BerkasRepository repo) {
        this.repo = repo;
    }

    List<BarisSla> hitung(String sopKode, String cakupan) {
        Map<Integer, List<CatatanLangkah>> perLangkah = new TreeMap<>();
        for (CatatanLangkah c : repo.langkahSelesai(sopKode, cakupan)) {
            perLangkah.computeIfAbsent(c.langkahNo(), k -> new ArrayList<>()).add(c);
        }
        List<BarisSla> hasil = new ArrayList<>();
        perLangkah.forEach((no, daftar) -> {
            int[] durasi = daftar.stream().filter(c -> c.durasiMenit() != null).mapToInt(CatatanLangkah::durasiMenit)
                    .sorted().toArray();
            int telat = (int) daftar.stream().filter(CatatanLangkah::terlambat).count();
            hasil.add(new BarisSla(no, daftar.get(0).kegiatan(), daftar.size(), persentil(durasi, 50),
                    persentil(durasi, 90), daftar.size() - telat, telat,
                    daftar.isEmpty() ? 0 : 100.0 * (daftar.size() - telat) / daftar.size()));
        });
        return hasil;
    }

    /** Nearest-rank percentile of sorted values; null for none. */
    static Integer persentil(int[] terurut, int p) {
        if (terurut.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * terurut.length);
        return terurut[Math.max(0, rank - 1)];
    }
}
