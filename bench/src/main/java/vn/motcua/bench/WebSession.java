package vn.motcua.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in person, as a browser is: form login once, then the session cookie and the CSRF token on every request
 * (HTTP Basic would verify the BCrypt password on every request, which is not what a person's clicks cost).
 * Plain blocking {@link HttpURLConnection} with keep-alive: the time measured is the request's, not a client's thread
 * hand-offs.
 */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

    private final String base;
    private String cookie;
    private String csrfToken;
    private String csrfHeader = "X-CSRF-TOKEN";

    /** What came back, with the time it took. */
    record Reply(int status, String body, String etag, long nanos) {

        /** This reply, if it has the status expected; otherwise the failure, naming {@code what} was asked. */
        Reply expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": HTTP " + status + " " + body);
            }
            return this;
        }
    }

    private WebSession(String base) {
        this.base = base;
    }

    /** An anonymous visitor (public pages and the public lookup). */
    static WebSession anonymous(String base) {
        return new WebSession(base);
    }

    static WebSession signIn(String base, String username, String password) throws IOException {
        WebSession session = new WebSession(base);
        session.readToken(session.get("/login").body());
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(session.csrfToken);
        HttpURLConnection login = session.open("/login", "POST");
        login.setInstanceFollowRedirects(false);
        login.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        Reply reply = session.exchange(login, form);
        String location = String.valueOf(login.getHeaderField("Location"));
        if (reply.status() != 302 || location.contains("error")) {
            throw new IllegalStateException("Login of " + username + " failed: " + reply.status() + " " + location);
        }
        session.readToken(session.get("/").body());
        return session;
    }

    Reply get(String path) throws IOException {
        return exchange(open(path, "GET"), null);
    }

    Reply post(String path, String json, String ifMatch) throws IOException {
        HttpURLConnection connection = open(path, "POST");
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty(csrfHeader, csrfToken);
        if (ifMatch != null) {
            connection.setRequestProperty("If-Match", ifMatch);
        }
        return exchange(connection, json);
    }

    private HttpURLConnection open(String path, String method) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(120_000);
        if (cookie != null) {
            connection.setRequestProperty("Cookie", cookie);
        }
        return connection;
    }

    private Reply exchange(HttpURLConnection connection, String body) throws IOException {
        long start = System.nanoTime();
        if (body != null) {
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (in != null) {
            try (in) {
                in.transferTo(bytes);
            }
        }
        long nanos = System.nanoTime() - start;
        List<String> cookies = connection.getHeaderFields().get("Set-Cookie");
        if (cookies != null) {
            for (String set : cookies) {
                if (set.startsWith("SESSION=") || set.startsWith("JSESSIONID=")) { // Spring Session's, or the container's
                    cookie = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
                }
            }
        }
        return new Reply(status, bytes.toString(StandardCharsets.UTF_8), connection.getHeaderField("ETag"), nanos);
    }

    private void readToken(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        csrfToken = token.group(1);
        Matcher header = CSRF_HEADER.matcher(page);
        if (header.find()) {
            csrfHeader = header.group(1);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
