package id.pelita.pengaduan.internal.whatsapp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The WhatsApp Cloud API webhook. Public (Meta does not log in) and without CSRF: a delivery is
 * authenticated by its signature instead. A valid delivery is stored as it came and answered at once; the
 * conversation runs afterwards ({@link PemrosesKiriman}).
 */
@RestController
@RequestMapping("/webhook/whatsapp")
@Tag(name = "Webhook WhatsApp")
class WebhookWhatsApp {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookWhatsApp.class);
    /** Cloud API deliveries are a few kilobytes; anything far larger is not one. */
    static final int UKURAN_MAKS = 1024 * 1024;

    private final PengaturanWhatsApp pengaturan;
    private final KotakMasukWhatsApp kotakMasuk;

    WebhookWhatsApp(PengaturanWhatsApp pengaturan, KotakMasukWhatsApp kotakMasuk) {
        this.pengaturan = pengaturan;
        this.kotakMasuk = kotakMasuk;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Jabat tangan verifikasi webhook (hub.mode, hub.verify_token, hub.challenge)")
    ResponseEntity<String> verifikasi(@RequestParam(name = "hub.mode", required = false) String mode,
                                      @RequestParam(name = "hub.verify_token", required = false) String token,
                                      @RequestParam(name = "hub.challenge", required = false) String tantangan) {
        String harapan = pengaturan.verifyToken();
        if ("subscribe".equals(mode) && tantangan != null && harapan != null && !harapan.isBlank()
                && TandaTanganWebhook.samaTeks(harapan, token)) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(tantangan);
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN)
                .body("Verifikasi webhook ditolak.");
    }

    @PostMapping
    @Operation(summary = "Kiriman Cloud API (pesan dan status), ditandatangani X-Hub-Signature-256")
    ResponseEntity<?> terima(@RequestBody(required = false) byte[] body,
                             @RequestHeader(name = "X-Hub-Signature-256", required = false) String tandaTangan) {
        byte[] isi = body == null ? new byte[0] : body;
        if (isi.length > UKURAN_MAKS) {
            return masalah(HttpStatus.CONTENT_TOO_LARGE, "terlalu-besar", "Kiriman terlalu besar",
                    "Kiriman webhook melebihi 1 MB.");
        }
        if (!TandaTanganWebhook.sah(isi, tandaTangan, pengaturan.appSecret())) {
            LOG.warn("Kiriman webhook WhatsApp ditolak: tanda tangan {}", tandaTangan == null ? "tidak ada" : "tidak sah");
            return masalah(HttpStatus.UNAUTHORIZED, "tanda-tangan-tidak-sah", "Tanda tangan tidak sah",
                    "Header X-Hub-Signature-256 tidak ada atau tidak cocok dengan isi kiriman.");
        }
        kotakMasuk.simpan(isi);
        return ResponseEntity.ok().build();
    }

    private static ResponseEntity<ProblemDetail> masalah(HttpStatus status, String kode, String judul, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:pelita:masalah:" + kode));
        p.setTitle(judul);
        p.setProperty("kode", kode);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
