import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load client for the complaint channels (BENCHMARKS.md, issue 4). Run with the JDK's single-file launcher:
 * <pre>java bench/BebanPengaduan.java webhook http://127.0.0.1:18091 64 2000 app-secret</pre>
 * webhook: each complaint is a whole WhatsApp conversation (7 signed deliveries from one phone, each sent after
 * the previous was answered, as a phone does). Prints requests/s and latency percentiles per request.
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
        if (!mode.equals("webhook")) {
            throw new IllegalArgumentException("mode: webhook");
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
                        percakapan(dasar, rahasia, i, latensi, gagal);
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
