package id.pelita.wilayah.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits one RFC 4180 CSV line; names in the region file may hold commas and doubled quotes. */
final class BarisCsv {

    private BarisCsv() {
    }

    static List<String> urai(String baris) {
        if (baris.indexOf('"') < 0) {
            return List.of(baris.split(",", -1)); // nearly every line: no quoting at all
        }
        List<String> kolom = new ArrayList<>(4);
        StringBuilder isi = new StringBuilder();
        boolean dalamKutip = false;
        for (int i = 0; i < baris.length(); i++) {
            char c = baris.charAt(i);
            if (dalamKutip) {
                if (c != '"') {
                    isi.append(c);
                } else if (i + 1 < baris.length() && baris.charAt(i + 1) == '"') {
                    isi.append('"');
                    i++;
                } else {
                    dalamKutip = false;
                }
            } else if (c == '"') {
                dalamKutip = true;
            } else if (c == ',') {
                kolom.add(isi.toString());
                isi.setLength(0);
            } else {
                isi.append(c);
            }
        }
        if (dalamKutip) {
            throw new IllegalArgumentException("Kutip tidak ditutup: " + baris);
        }
        kolom.add(isi.toString());
        return kolom;
    }
}
