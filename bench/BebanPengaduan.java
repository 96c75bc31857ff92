import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load client for the complaint channels (BENCHMARKS.md, issue 4). Run with the JDK's single-file launcher:
 * <pre>java bench/BebanPengaduan.java webhook http://127.0.0.1:18091 64 2000 app-secret</pre>
 * webhook: each complaint is a whole WhatsApp conversation (7 signed deliveries from one phone, each sent after
 * the previous was answered, as a phone does). Prints requests/s and latency percentiles per request.
 * web: each complaint opens /lapor (own session, CSRF token, proof-of-work challenge), solves the challenge
 * (client time, not measured) and posts the form; only the POST's latency is recorded, and it counts only
 * when it redirects to the page with the tracking code.
 */
public class BebanPengaduan {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] a) throws Exception {
        String mode = a[0];
        String dasar = a[1];
        int klien = Integer.parseInt(a[2]);
        int jumlah = Integer.parseInt(a[3]);
        String rahasia = a.length > 4 ? a[4] : "";
        if (!mode.equals("webhook") && !mode.equals("web")) {
            throw new IllegalArgumentException("mode: webhook or web");
        }
        var latensi = new ConcurrentLinkedQueue<Long>();
        var gagal = new AtomicInteger();
        var berikut = new AtomicInteger();
        var selesai = new CountDownLatch(klien);
        long mulai = System.nanoTime();
        for (int k = 0; k < klien; k++) {
            Thread t = new Thread(() -> {
                try {
                    int i;
                    while ((i = berikut.getAndIncrement()) < jumlah) {
                        if (mode.equals("web")) {
                            formulir(dasar, i, latensi, gagal);
                        } else {
                            percakapan(dasar, rahasia, i, latensi, gagal);
                        }
                    }
                } finally {
                    selesai.countDown();
                }
            });
            t.start();
        }
        selesai.await();
        double detik = (System.nanoTime() - mulai) / 1e9;
        List<Long> l = new ArrayList<>(latensi);
        Collections.sort(l);
        System.out.printf("BEBAN %s: %d complaints, %d requests in %.1f s = %.1f requests/s, %.1f conversations/s; "
                        + "latency p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms; failed=%d%n",
                mode, jumlah, l.size(), detik, l.size() / detik, jumlah / detik, ms(l, 0.50), ms(l, 0.95),
                ms(l, 0.99), l.get(l.size() - 1) / 1e6, gagal.get());
    }

    static double ms(List<Long> l, double p) {
        return l.get(Math.min(l.size() - 1, (int) Math.ceil(p * l.size()) - 1)) / 1e6;
    }

    /** One citizen's whole conversation: menu, category 1 (stunting), village, description, no photo, YA. */
    static void percakapan(String dasar, String rahasia, int i, ConcurrentLinkedQueue<Long> latensi,
                           AtomicInteger gagal) {
        String telepon = String.valueOf(6289900000000L + i);
        String[] pesan = {"halo", "1", "Pulaukijang", "Anak umur dua tahun di RT 03 tampak sangat pendek dan kurus",
                "lewati", "lewati", "ya"};
        for (int j = 0; j < pesan.length; j++) {
            String isi = payload(telepon, "wamid.beban." + i + "." + j + "." + System.nanoTime(), pesan[j]);
            byte[] body = isi.getBytes(StandardCharsets.UTF_8);
            var req = HttpRequest.newBuilder(URI.create(dasar + "/webhook/whatsapp"))
                    .header("Content-Type", "application/json")
                    .header("X-Hub-Signature-256", "sha256=" + hmac(rahasia, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            long t0 = System.nanoTime();
            try {
                var r = HTTP.send(req, HttpResponse.BodyHandlers.discarding());
                latensi.add(System.nanoTime() - t0);
                if (r.statusCode() != 200) {
                    gagal.incrementAndGet();
                }
            } catch (Exception e) {
                gagal.incrementAndGet();
            }
        }
    }

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** One citizen filing the web form: a suspected-stunting complaint in Reteh (starts a PUL KOMPAS case) with a unique phone number. */
    static void formulir(String dasar, int i, ConcurrentLinkedQueue<Long> latensi, AtomicInteger gagal) {
        try {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
            String html = http.send(HttpRequest.newBuilder(URI.create(dasar + "/lapor")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = CSRF.matcher(html);
            m.find();
            String garam = attr(html, "data-garam");
            String tantangan = attr(html, "data-tantangan");
            long maks = Long.parseLong(attr(html, "data-maks"));
            long n = -1;
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (long x = 0; x <= maks; x++) {
                if (HexFormat.of().formatHex(sha.digest((garam + x).getBytes(StandardCharsets.UTF_8))).equals(tantangan)) {
                    n = x;
                    break;
                }
            }
            String altcha = Base64.getEncoder().encodeToString(("{\"algorithm\":\"" + attr(html, "data-algoritma")
                    + "\",\"challenge\":\"" + tantangan + "\",\"number\":" + n + ",\"salt\":\"" + garam
                    + "\",\"signature\":\"" + attr(html, "data-tanda") + "\"}").getBytes(StandardCharsets.UTF_8));
            Map<String, String> isian = new LinkedHashMap<>();
            isian.put("_csrf", m.group(1));
            isian.put("altcha", altcha);
            isian.put("kategori", "STUNTING");
            isian.put("kecamatan", "14.04.01");
            isian.put("desaKode", "14.04.01.1001");
            isian.put("uraian", "Balita di RT 02 tampak sangat pendek dan kurus dibanding sebayanya, laporan " + i);
            isian.put("telepon", String.valueOf(6288800000000L + i));
            String batas = "----beban" + i;
            StringBuilder b = new StringBuilder();
            isian.forEach((k, v) -> b.append("--").append(batas).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
            b.append("--").append(batas).append("--\r\n");
            var req = HttpRequest.newBuilder(URI.create(dasar + "/lapor"))
                    .header("Content-Type", "multipart/form-data; boundary=" + batas)
                    .POST(HttpRequest.BodyPublishers.ofString(b.toString(), StandardCharsets.UTF_8)).build();
            long t0 = System.nanoTime();
            var r = http.send(req, HttpResponse.BodyHandlers.discarding());
            latensi.add(System.nanoTime() - t0);
            if (r.statusCode() != 302 || !r.headers().firstValue("Location").orElse("").contains("/lapor/terkirim")) {
                gagal.incrementAndGet();
            }
        } catch (Exception e) {
            gagal.incrementAndGet();
        }
    }

    static String attr(String html, String nama) {
        Matcher m = Pattern.compile(nama + "=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no " + nama);
        }
        return m.group(1).replace("&amp;", "&");
    }

    static String payload(String dari, String id, String teks) {
        long detik = System.currentTimeMillis() / 1000;
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{"
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":"
                + "\"6281100000000\",\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":"
                + "{\"name\":\"Warga Beban\"},\"wa_id\":\"" + dari + "\"}],\"messages\":[{\"from\":\"" + dari
                + "\",\"id\":\"" + id + "\",\"timestamp\":\"" + detik + "\",\"type\":\"text\",\"text\":{\"body\":\""
                + teks + "\"}}]},\"field\":\"messages\"}]}]}";
    }

    static String hmac(String rahasia, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(rahasia.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
