package id.pelita.pengaduan.internal.whatsapp;

import id.pelita.pengaduan.internal.Kategori;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a conversation has collected so far (one row of {@code pengaduan_wa_percakapan}). */
final class Keadaan {

    final String telepon;
    Tahap tahap = Tahap.BARU;
    Kategori kategori;
    String desaKode;
    List<String> calonDesa = new ArrayList<>();
    String uraian;
    String fotoMediaId;
    Double lintang;
    Double bujur;
    String namaProfil;
    Instant diperbarui;

    Keadaan(String telepon) {
        this.telepon = telepon;
    }

    /** Forgets everything collected; the next message starts over with the greeting. */
    void ulang() {
        tahap = Tahap.BARU;
        kategori = null;
        desaKode = null;
        calonDesa = new ArrayList<>();
        uraian = null;
        fotoMediaId = null;
        lintang = null;
        bujur = null;
    }
}
