package id.pelita.pengaduan.internal.web;

import id.pelita.inti.FotoBersih;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

/**
 * Checks and cleans the photos of a web complaint with the shared {@link FotoBersih} (JPEG/PNG by their first
 * bytes, re-encoded so EXIF/GPS metadata is gone), within the form's limits ({@code pelita.lapor.foto-*}).
 */
@Component
class PengolahFoto {

    static final String AWALAN_KUNCI = "pengaduan.galat.foto";

    record Foto(byte[] jpeg, int lebar, int tinggi) {
    }

    private final PengaturanLapor pengaturan;

    PengolahFoto(PengaturanLapor pengaturan) {
        this.pengaturan = pengaturan;
    }

    /** The uploaded photos, cleaned; empty file inputs are ignored. */
    List<Foto> olah(List<MultipartFile> berkas) {
        return FotoBersih.olah(berkas, pengaturan.fotoMaks(), pengaturan.fotoUkuranMaks().toBytes(),
                pengaturan.fotoSisiMaks(), AWALAN_KUNCI).stream().map(PengolahFoto::dari).toList();
    }

    Foto olah(byte[] isi) throws IOException {
        return dari(FotoBersih.olah(isi, pengaturan.fotoSisiMaks(), AWALAN_KUNCI));
    }

    private static Foto dari(FotoBersih.Foto f) {
        return new Foto(f.jpeg(), f.lebar(), f.tinggi());
    }
}
