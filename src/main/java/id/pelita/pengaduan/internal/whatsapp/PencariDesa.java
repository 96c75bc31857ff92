package id.pelita.pengaduan.internal.whatsapp;

import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Wilayah;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the village a citizen typed among the villages of the served kecamatan. Names are compared without
 * spaces, case or a leading "desa"/"kelurahan", because the official names write "Sungaiterap" where people
 * type "Sungai Terap". An exact name wins; otherwise every village whose name contains the text is a
 * candidate.
 */
@Component
class PencariDesa {

    static final int CALON_MAKS = 9;

    sealed interface Hasil permits Tunggal, Banyak, TerlaluBanyak, Kosong {
    }

    record Tunggal(Wilayah desa) implements Hasil {
    }

    record Banyak(List<Wilayah> calon) implements Hasil {
    }

    record TerlaluBanyak(int jumlah) implements Hasil {
    }

    record Kosong() implements Hasil {
    }

    private final DirektoriWilayah wilayah;

    PencariDesa(DirektoriWilayah wilayah) {
        this.wilayah = wilayah;
    }

    Hasil cari(String teks) {
        String dicari = normal(teks);
        if (dicari.length() < 3) {
            return new Kosong();
        }
        List<Wilayah> sama = new ArrayList<>();
        List<Wilayah> mirip = new ArrayList<>();
        for (Wilayah kec : wilayah.kecamatanLayanan()) {
            for (Wilayah desa : wilayah.anak(kec.kode())) {
                String nama = normal(desa.nama());
                if (nama.equals(dicari)) {
                    sama.add(desa);
                } else if (nama.contains(dicari)) {
                    mirip.add(desa);
                }
            }
        }
        List<Wilayah> calon = sama.isEmpty() ? mirip : sama;
        if (calon.isEmpty()) {
            return new Kosong();
        }
        if (calon.size() == 1) {
            return new Tunggal(calon.get(0));
        }
        return calon.size() > CALON_MAKS ? new TerlaluBanyak(calon.size()) : new Banyak(calon);
    }

    static String normal(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).strip();
        t = t.replaceFirst("^(desa|kelurahan|kel\\.?|ds\\.?)\\s+", "");
        return t.replaceAll("[^a-z0-9]", "");
    }
}
