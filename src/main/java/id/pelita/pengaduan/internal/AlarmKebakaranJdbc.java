package id.pelita.pengaduan.internal;

import id.pelita.pengaduan.AlarmKebakaran;
import id.pelita.wilayah.DirektoriWilayah;
import org.springframework.stereotype.Service;

import java.util.List;

@Service
class AlarmKebakaranJdbc implements AlarmKebakaran {

    private static final int BATAS = 20;

    private final RepositoriPenanganan repo;
    private final DirektoriWilayah wilayah;

    AlarmKebakaranJdbc(RepositoriPenanganan repo, DirektoriWilayah wilayah) {
        this.repo = repo;
        this.wilayah = wilayah;
    }

    @Override
    public List<Alarm> terbuka(String cakupan) {
        // A fire is everyone's business in the kecamatan: a village scope widens to its kecamatan.
        String c = cakupan != null && cakupan.split("\\.").length > 3
                ? cakupan.substring(0, cakupan.lastIndexOf('.')) : cakupan;
        return repo.terbuka(Kategori.KEBAKARAN.name(), c, BATAS).stream()
                .map(p -> new Alarm(p.kode(), p.desaKode(), wilayah.namaLengkap(p.desaKode()), p.uraian(), p.status(),
                        p.dibuatPada()))
                .toList();
    }
}
