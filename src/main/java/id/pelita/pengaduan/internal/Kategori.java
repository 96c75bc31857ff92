package id.pelita.pengaduan.internal;

import java.util.Optional;

/** The complaint categories, in the order of the WhatsApp menu and the web form. */
public enum Kategori {
    STUNTING("1"), KEBAKARAN("2"), LAYANAN("3");

    public final String pilihan;

    Kategori(String pilihan) {
        this.pilihan = pilihan;
    }

    public static Optional<Kategori> dariPilihan(String s) {
        for (Kategori k : values()) {
            if (k.pilihan.equals(s)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** A fire report is useless without a place: its location is required. */
    public boolean wajibLokasi() {
        return this == KEBAKARAN;
    }

    public String kunciPesan() {
        return "pengaduan.kategori." + name();
    }
}
