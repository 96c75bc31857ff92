package id.pelita.dokumen.internal;

import id.pelita.dokumen.PenandaTangan;
import id.pelita.uji.PemeriksaPadesMandiri;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local PAdES signer with a test certificate made by the fixture (no key in the repository), checked by an
 * independent verifier: valid as signed, invalid after one byte of the file is changed.
 */
class TandaTanganPadesTest {

    static KunciKantor kunci;
    static PenandaTanganLokal penanda;

    @BeforeAll
    static void siapkan() {
        kunci = KunciKantor.sementara("CN=Camat Uji,O=Kecamatan Uji,C=ID");
        penanda = new PenandaTanganLokal(kunci);
    }

    static byte[] pdfContoh() throws Exception {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage hal = new PDPage();
            d.addPage(hal);
            try (PDPageContentStream cs = new PDPageContentStream(d, hal)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Nomor 001/KEMAS/I/2026 - Undangan Rakor BSPPS");
                cs.endText();
            }
            d.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void signedPdfVerifiesIndependentlyAndFailsAfterOneByteChanged() throws Exception {
        byte[] asli = pdfContoh();
        byte[] bertanda = penanda.tandaTangani(asli, new PenandaTangan.Permintaan("SUGONDO, Camat Uji", "Menyetujui", "Trawas"));

        // incremental update: the original file is untouched at the front
        assertThat(java.util.Arrays.copyOf(bertanda, asli.length)).isEqualTo(asli);

        var h = PemeriksaPadesMandiri.periksa(bertanda);
        assertThat(h.galat()).isNull();
        assertThat(h.cakupanUtuh()).as("byte range covers the whole file except the signature").isTrue();
        assertThat(h.cmsSah()).as("CMS signature valid").isTrue();
        assertThat(h.sertifikatV2Cocok()).as("signing-certificate-v2 names the signer").isTrue();
        assertThat(h.tanpaSigningTime()).as("PAdES: no CMS signing-time attribute").isTrue();
        assertThat(h.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(h.sertifikat()).as("signed with the office certificate").isEqualTo(kunci.sertifikat().getEncoded());
        assertThat(PemeriksaPades.periksa(bertanda).sah()).isTrue();

        // one byte of the signed content changed: the text of the page
        byte[] ubah = bertanda.clone();
        int i = new String(ubah, StandardCharsets.ISO_8859_1).indexOf("Undangan");
        if (i < 0) {
            i = asli.length / 2; // compressed stream: any byte of the signed range
        }
        ubah[i] ^= 0x01;
        assertThat(PemeriksaPadesMandiri.periksa(ubah).sah()).isFalse();
        assertThat(PemeriksaPades.periksa(ubah).sah()).isFalse();

        // one byte appended after the signed revision: the range no longer covers the whole file
        byte[] tambah = java.util.Arrays.copyOf(bertanda, bertanda.length + 1);
        tambah[tambah.length - 1] = '\n';
        assertThat(PemeriksaPadesMandiri.periksa(tambah).sah()).isFalse();
        assertThat(PemeriksaPades.periksa(tambah).sah()).isFalse();
    }

    @Test
    void aDifferentKeyIsNotTheOfficeCertificate() throws Exception {
        var lain = new PenandaTanganLokal(KunciKantor.sementara("CN=Palsu,C=ID"));
        byte[] b = lain.tandaTangani(pdfContoh(), new PenandaTangan.Permintaan("X", "Y", "Z"));
        var h = PemeriksaPadesMandiri.periksa(b);
        assertThat(h.sah()).isTrue();
        assertThat(h.sertifikat()).isNotEqualTo(kunci.sertifikat().getEncoded());
    }
}
