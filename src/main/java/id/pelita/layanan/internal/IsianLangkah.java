package id.pelita.layanan.internal;

import java.util.List;
import java.util.Set;

/**
 * What the performer of a step records: the required items they checked, the output, notes, the answer
 * of a decision (YA/TIDAK) and files.
 */
record IsianLangkah(Set<String> kelengkapan, String output, String catatan, String keputusan, List<Lampiran> lampiran) {

    record Lampiran(String nama, String jenis, byte[] isi) {
    }
}
