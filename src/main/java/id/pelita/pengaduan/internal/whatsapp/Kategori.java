package id.pelita.pengaduan.internal.whatsapp;

import java.util.Optional;

/** The complaint categories of the menu, in menu order. */
enum Kategori {
    STUNTING("1"), KEBAKARAN("2"), LAYANAN("3");

    final String pilihan;

    Kategori(String pilihan) {
        this.pilihan = pilihan;
    }

    static Optional<Kategori> dariPilihan(String s) {
        for (Kategori k : values()) {
            if (k.pilihan.equals(s)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** A fire report is useless without a place: its location is required. */
    boolean wajibLokasi() {
        return this == KEBAKARAN;
    }

    String kunciPesan() {
        return "pengaduan.kategori." + name();
    }
}
