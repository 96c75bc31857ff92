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

    /**
     * The SOP that handles this category where it applies (PUL KOMPAS for stunting, OSPS MPA for fires);
     * other complaints are handled by hand, without a case.
     */
    public Optional<String> kodeSop() {
        return switch (this) {
            case STUNTING -> Optional.of("PUL-KOMPAS");
            case KEBAKARAN -> Optional.of("OSPS-MPA");
            case LAYANAN -> Optional.empty();
        };
    }

    /** The kecamatan coordinator of the SOP (its KOORDINATOR performer): TP-PKK chair, or the Kasi Trantib. */
    public Optional<id.pelita.inti.Peran> koordinator() {
        return switch (this) {
            case STUNTING -> Optional.of(id.pelita.inti.Peran.TP_PKK);
            case KEBAKARAN -> Optional.of(id.pelita.inti.Peran.KASI);
            case LAYANAN -> Optional.empty();
        };
    }

    public String kunciPesan() {
        return "pengaduan.kategori." + name();
    }
}
