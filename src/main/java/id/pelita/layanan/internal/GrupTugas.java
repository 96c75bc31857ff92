package id.pelita.layanan.internal;

import id.pelita.inti.Peran;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Tingkat;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Candidate groups of Flowable tasks: {@code PERAN@kodeWilayah}, the role at the level it works at
 * (camat, sekcam, kasi, staf, TP-PKK: the kecamatan; village operator and cadre: the village; district
 * team: the kabupaten). A user belongs to {@code PERAN@scope} for each of their roles, so the inbox query
 * is one indexed lookup by group.
 */
final class GrupTugas {

    private GrupTugas() {
    }

    static Tingkat tingkat(Peran peran) {
        return switch (peran) {
            case OPERATOR_DESA, KADER_POSYANDU -> Tingkat.DESA;
            case TIM_KABUPATEN -> Tingkat.KABUPATEN;
            default -> Tingkat.KECAMATAN;
        };
    }

    /** The group that performs a step of a case in {@code wilayahKasus} (a kecamatan or a village). */
    static String untuk(Peran peran, String wilayahKasus) {
        return peran.name() + "@" + potong(wilayahKasus, tingkat(peran));
    }

    /** Groups a user belongs to. A user without a scope (national admin) performs no SOP steps. */
    static Set<String> milik(Set<Peran> peran, String cakupan) {
        Set<String> grup = new LinkedHashSet<>();
        if (cakupan != null) {
            peran.forEach(p -> grup.add(p.name() + "@" + cakupan));
        }
        return grup;
    }

    /** The code of the region at a level above (or at) the given one: 35.16.04.2001 at KECAMATAN → 35.16.04. */
    static String potong(String kode, Tingkat tingkat) {
        String[] bagian = kode.split("\\.");
        int n = Math.min(bagian.length, tingkat.ordinal() + 1);
        return String.join(".", java.util.Arrays.copyOf(bagian, n));
    }

    static boolean dalam(String kode, String cakupan) {
        return KodeWilayah.termasuk(kode, cakupan);
    }
}
