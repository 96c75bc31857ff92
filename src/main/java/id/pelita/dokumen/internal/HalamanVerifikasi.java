package id.pelita.dokumen.internal;

import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.TidakDitemukan;
import id.pelita.inti.AturanAkses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Public page behind the QR code of a signed document: its number, date and signer; and, for a PDF the visitor
 * uploads, whether it is the unaltered original (same SHA-256 as issued, valid signature by the same certificate).
 * The document itself is not offered for download here.
 */
@Controller
class HalamanVerifikasi {

    static final long MAKS_BYTE = 10L * 1024 * 1024;
    private static final Pattern KODE = Pattern.compile("[A-Z0-9]{10,40}");

    private final PenerbitDokumenJdbc dokumen;
    private final AuditLog audit;
    private final Clock jam;

    HalamanVerifikasi(PenerbitDokumenJdbc dokumen, AuditLog audit, Clock jam) {
        this.dokumen = dokumen;
        this.audit = audit;
        this.jam = jam;
    }

    @GetMapping("/verifikasi/{kode}")
    String tampil(@PathVariable String kode, Model model) {
        isi(kode, model);
        return "dokumen/verifikasi";
    }

    @PostMapping("/verifikasi/{kode}")
    String periksa(@PathVariable String kode, @RequestParam(name = "berkas", required = false) MultipartFile berkas,
                   Model model) throws IOException {
        var d = isi(kode, model);
        if (berkas == null || berkas.isEmpty()) {
            model.addAttribute("galat", "verifikasi.berkas.wajib");
            return "dokumen/verifikasi";
        }
        if (berkas.getSize() > MAKS_BYTE) {
            model.addAttribute("galat", "verifikasi.berkas.besar");
            return "dokumen/verifikasi";
        }
        byte[] isi = berkas.getBytes();
        if (isi.length < 5 || isi[0] != '%' || isi[1] != 'P' || isi[2] != 'D' || isi[3] != 'F' || isi[4] != '-') {
            model.addAttribute("galat", "verifikasi.berkas.bukan.pdf");
            return "dokumen/verifikasi";
        }
        var hasil = PemeriksaPades.periksa(isi);
        boolean hashCocok = PenerbitDokumenJdbc.sha256(isi).equals(d.sha256());
        boolean sertifikatSama = hasil.sidikJari() != null
                && hasil.sidikJari().equals(dokumen.sidikJariSertifikat(kode).orElse(null));
        model.addAttribute("ttdSah", hasil.sah());
        model.addAttribute("hashCocok", hashCocok);
        model.addAttribute("sertifikatSama", sertifikatSama);
        model.addAttribute("utuh", hashCocok && hasil.sah() && sertifikatSama);
        audit.catatSistem(AksiAudit.BACA, "dokumen", kode, d.wilayahKode(),
                "Verifikasi berkas unggahan: " + (hashCocok && hasil.sah() ? "utuh" : "tidak cocok"));
        return "dokumen/verifikasi";
    }

    private id.pelita.dokumen.PenerbitDokumen.DokumenTerbit isi(String kode, Model model) {
        if (kode == null || !KODE.matcher(kode).matches()) {
            throw new TidakDitemukan("dokumen");
        }
        var d = dokumen.cari(kode).orElseThrow(() -> new TidakDitemukan("dokumen"));
        model.addAttribute("dok", d);
        model.addAttribute("zona", jam.getZone());
        return d;
    }

    @Configuration(proxyBeanMethods = false)
    static class Akses {
        @Bean
        AturanAkses.Daftar aturanDokumen() {
            return () -> List.of(AturanAkses.publik("/verifikasi/*"));
        }
    }
}
