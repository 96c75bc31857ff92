package id.pelita.uji;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client over a real socket: keeps cookies, reads the CSRF token from forms. */
public class KlienWeb {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String dasar;
    private final HttpClient http;

    public KlienWeb(int port) {
        this.dasar = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return kirim(HttpRequest.newBuilder(URI.create(dasar + path)).header("Accept", "text/html").GET().build());
    }

    public HttpResponse<String> getJson(String path, String token) {
        var b = HttpRequest.newBuilder(URI.create(dasar + path)).header("Accept", "application/json").GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return kirim(b.build());
    }

    /** Submits a form the way a browser does, with the CSRF token of the page it came from. */
    public HttpResponse<String> postForm(String halamanForm, String path, Map<String, String> isian) {
        String csrf = csrfDari(get(halamanForm).body());
        Map<String, String> semua = new LinkedHashMap<>(isian);
        semua.put("_csrf", csrf);
        String body = semua.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return kirim(HttpRequest.newBuilder(URI.create(dasar + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Like {@link #postForm(String, String, Map)} for forms with a repeated field (checkboxes). */
    public HttpResponse<String> postForm(String halamanForm, String path, java.util.List<Map.Entry<String, String>> isian) {
        String csrf = csrfDari(get(halamanForm).body());
        String body = java.util.stream.Stream.concat(isian.stream(), java.util.stream.Stream.of(Map.entry("_csrf", csrf)))
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return kirim(HttpRequest.newBuilder(URI.create(dasar + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(dasar + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> masuk(String username, String sandi) {
        return postForm("/masuk", "/masuk", Map.of("username", username, "password", sandi));
    }

    public static String csrfDari(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("Halaman tanpa token CSRF");
        }
        return m.group(1);
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
