package id.pelita.pengaduan.internal.web;

import id.pelita.uji.KlienWeb;
import org.altcha.altcha.Altcha;
import org.json.JSONObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A citizen's browser for the complaint form over a real socket: keeps cookies, reads the form's CSRF token
 * and proof-of-work challenge, solves the challenge like lapor.js does, and posts multipart forms.
 */
class KlienLapor {

    record Berkas(String nama, String jenis, byte[] isi) {
    }

    /** The form page as a citizen got it: its CSRF token and the solved challenge. */
    record Form(String html, String csrf, String altcha) {
    }

    private final String dasar;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    KlienLapor(int port) {
        this.dasar = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) {
        return kirim(HttpRequest.newBuilder(URI.create(dasar + path)).header("Accept", "text/html").GET().build());
    }

    /** Opens the form and solves its challenge with the ALTCHA library, as the browser script does. */
    Form bukaForm() {
        String html = get("/lapor").body();
        String payload;
        try {
            var solusi = Altcha.solveChallenge(attr(html, "data-tantangan"), attr(html, "data-garam"),
                    Altcha.Algorithm.SHA256, Long.parseLong(attr(html, "data-maks")), 0);
            payload = Base64.getEncoder().encodeToString(new JSONObject()
                    .put("algorithm", attr(html, "data-algoritma")).put("challenge", attr(html, "data-tantangan"))
                    .put("number", solusi.number).put("salt", attr(html, "data-garam"))
                    .put("signature", attr(html, "data-tanda")).toString().getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new Form(html, KlienWeb.csrfDari(html), payload);
    }

    /** Files the form with a fresh solved challenge; {@code isian} overrides/extends a valid complaint. */
    HttpResponse<String> lapor(Map<String, String> isian, List<Berkas> foto) {
        Form f = bukaForm();
        Map<String, String> semua = new LinkedHashMap<>();
        semua.put("_csrf", f.csrf());
        semua.put("altcha", f.altcha());
        semua.putAll(isian);
        return postMultipart("/lapor", semua, foto);
    }

    HttpResponse<String> postMultipart(String path, Map<String, String> isian, List<Berkas> foto) {
        String batas = "----pelita" + UUID.randomUUID();
        var badan = new ByteArrayOutputStream();
        try {
            for (var e : isian.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                badan.write(("--" + batas + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                        + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Berkas b : foto) {
                badan.write(("--" + batas + "\r\nContent-Disposition: form-data; name=\"foto\"; filename=\"" + b.nama()
                        + "\"\r\nContent-Type: " + b.jenis() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                badan.write(b.isi());
                badan.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            badan.write(("--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return kirim(HttpRequest.newBuilder(URI.create(dasar + path))
                .header("Content-Type", "multipart/form-data; boundary=" + batas).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(badan.toByteArray())).build());
    }

    /**
     * A plain form post as from the tracking page; the session's CSRF token is read from the complaint form,
     * which always has one (the tracking page shows its forms only when an action is possible).
     */
    HttpResponse<String> postForm(String halaman, String path, Map<String, String> isian) {
        get(halaman);
        String csrf = KlienWeb.csrfDari(get("/lapor").body());
        Map<String, String> semua = new LinkedHashMap<>(isian);
        semua.put("_csrf", csrf);
        String body = semua.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return kirim(HttpRequest.newBuilder(URI.create(dasar + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String attr(String html, String nama) {
        Matcher m = Pattern.compile(nama + "=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("Atribut " + nama + " tidak ada");
        }
        return m.group(1).replace("&amp;", "&");
    }

    private HttpResponse<String> kirim(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
