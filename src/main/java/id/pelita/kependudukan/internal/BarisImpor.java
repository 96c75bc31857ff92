package id.pelita.kependudukan.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One data row of an import file as understood, and what storing it will do. */
final class BarisImpor {

    enum Aksi {
        /** A new resident; with {@code kepalaBaru} the head of a new family (KK) too. */
        BARU,
        DIUBAH,
        TIDAK_BERUBAH
    }

    final int nomor;
    final FormAnggota form = new FormAnggota();
    /** Columns the file filled in for this row (an update keeps the other values). */
    final Set<KolomImpor> terisi = EnumSet.noneOf(KolomImpor.class);
    final List<CatatanImpor> catatan = new ArrayList<>();
    String noKk;
    String alamat;
    String rt;
    String rw;

    Aksi aksi;
    boolean kepalaBaru;
    Long pendudukId;
    Long keluargaId;
    /** For an update: the resident's data with the file's values laid over it. */
    FormPenduduk formUbah;

    BarisImpor(int nomor) {
        this.nomor = nomor;
    }

    boolean galat() {
        return catatan.stream().anyMatch(c -> c.tingkat() == CatatanImpor.Tingkat.GALAT);
    }

    boolean peringatan() {
        return catatan.stream().anyMatch(c -> c.tingkat() == CatatanImpor.Tingkat.PERINGATAN);
    }

    void galat(String kolom, String kunci, Object... nilai) {
        catatan.add(CatatanImpor.galat(nomor, kolom, kunci, nilai));
    }

    void peringatan(String kolom, String kunci, Object... nilai) {
        catatan.add(CatatanImpor.peringatan(nomor, kolom, kunci, nilai));
    }
}
