package id.pelita.pengaduan.internal.web;

import id.pelita.inti.GalatValidasi;
import id.pelita.inti.OrientasiExif;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Photo cleaning without the application: orientation, count limit, decompression bombs. */
class PengolahFotoTest {

    final PengolahFoto pengolah = new PengolahFoto(new PengaturanLapor(10, 5, 5, 1000, Duration.ofMinutes(20), "k",
            3, DataSize.ofMegabytes(5), 1600));

    /** Left half red, right half blue: after a quarter turn clockwise red is on top. */
    static byte[] merahBiru(int lebar, int tinggi) throws Exception {
        var g = new BufferedImage(lebar, tinggi, BufferedImage.TYPE_INT_RGB);
        var gr = g.createGraphics();
        gr.setColor(Color.RED);
        gr.fillRect(0, 0, lebar / 2, tinggi);
        gr.setColor(Color.BLUE);
        gr.fillRect(lebar / 2, 0, lebar - lebar / 2, tinggi);
        gr.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(g, "jpeg", out);
        return out.toByteArray();
    }

    @Test
    void aPortraitPhoneJpegIsTurnedUprightAndLosesItsExif() throws Exception {
        byte[] foto = Gambar.denganExif(merahBiru(200, 100), 6); // stored landscape, "rotate 90° CW to view"
        assertThat(OrientasiExif.baca(foto)).isEqualTo(6);
        var hasil = pengolah.olah(foto);
        assertThat(hasil.lebar()).isEqualTo(100);
        assertThat(hasil.tinggi()).isEqualTo(200);
        assertThat(Gambar.mengandung(hasil.jpeg(), Gambar.PENANDA_EXIF)).isFalse();
        BufferedImage g = ImageIO.read(new ByteArrayInputStream(hasil.jpeg()));
        assertThat(new Color(g.getRGB(50, 20)).getRed()).isGreaterThan(200);
        assertThat(new Color(g.getRGB(50, 180)).getBlue()).isGreaterThan(200);
        assertThat(OrientasiExif.baca(hasil.jpeg())).isEqualTo(OrientasiExif.NORMAL);
    }

    @Test
    void moreThanThreePhotosAreRefused() {
        byte[] jpeg = Gambar.dalamFormat("jpeg", 10, 10);
        var f = new MockMultipartFile("foto", "a.jpg", "image/jpeg", jpeg);
        assertThatThrownBy(() -> pengolah.olah(List.of(f, f, f, f)))
                .isInstanceOfSatisfying(GalatValidasi.class,
                        g -> assertThat(g.galat()).containsEntry("foto", "pengaduan.galat.foto.jumlah"));
        assertThat(pengolah.olah(List.of(f, f, f))).hasSize(3);
    }

    @Test
    void aPngClaimingAHugePictureIsRefusedBeforeDecoding() throws Exception {
        byte[] png = Gambar.dalamFormat("png", 10, 10);
        // IHDR width/height sit at bytes 16-23: claim 20000 × 20000 pixels (the CRC no longer matters here)
        byte[] bom = png.clone();
        bom[16] = 0; bom[17] = 0; bom[18] = 0x4E; bom[19] = 0x20;
        bom[20] = 0; bom[21] = 0; bom[22] = 0x4E; bom[23] = 0x20;
        assertThatThrownBy(() -> pengolah.olah(bom))
                .isInstanceOfSatisfying(GalatValidasi.class, g -> assertThat(g.galat().get("foto"))
                        .isEqualTo("pengaduan.galat.foto.dimensi"));
    }
}
