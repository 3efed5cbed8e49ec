package vn.motcua.result.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for a remote signing service (ký số từ xa) over HTTP, speaking the protocol of {@link RemoteSigningClient}
 * (modelled on VNPT SmartCA's sp769 interface): it holds a key and a certificate per user id (made on first use,
 * issued by the CA it was given), accepts hash-signing requests, and signs once the user "confirms on the phone" —
 * at once when {@code autoConfirm}, else after {@code POST /v1/signatures/{id}/confirm} ({@code /reject} refuses).
 * A transaction not confirmed within five minutes expires (4001). What it received is listed at
 * {@code GET /received}. State is in memory: one process, for tests and demos.
 */
public final class RemoteSigningServer implements AutoCloseable {

    static final int WAITING = 4000;
    static final int SIGNED = 1;
    static final int EXPIRED = 4001;
    static final int REJECTED = 4002;
    static final Duration EXPIRY = Duration.ofMinutes(5);

    private final Certificates.Issued ca;
    private final String token;
    private final boolean autoConfirm;
    private final UnaryOperator<String> names;
    private final Clock clock;
    private final LoopbackServer server;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Certificates.Issued> keys = new ConcurrentHashMap<>();
    private final Map<String, Transaction> transactions = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

    private static final class Transaction {
        final String userId;
        final byte[] hash;
        final Instant created;
        volatile int status = WAITING;

        Transaction(String userId, byte[] hash, Instant created) {
            this.userId = userId;
            this.hash = hash;
            this.created = created;
        }
    }

    /**
     * @param ca    issues the users' certificates
     * @param token the bearer token clients must send (null: any)
     * @param names a user id to the name its certificate carries
     */
    RemoteSigningServer(String host, int port, Certificates.Issued ca, String token, boolean autoConfirm,
            UnaryOperator<String> names, Clock clock) {
        this.ca = ca;
        this.token = token;
        this.autoConfirm = autoConfirm;
        this.names = names;
        this.clock = clock;
        server = new LoopbackServer(host, port, "remote-signing-stand-in", this::handle);
    }

    /** With its own demo root made now: for {@code stand-in remote-signing} run without a database. */
    public static RemoteSigningServer withOwnRoot(String host, int port, String token, boolean autoConfirm,
            Clock clock) {
        Certificates.Issued root = Certificates.authority("motcua DEMO Remote Signing Root (chỉ để thử nghiệm)",
                SigningKeys.DEMO_ORGANISATION, clock.instant().minusSeconds(86400), 10);
        return new RemoteSigningServer(host, port, root, token, autoConfirm, id -> id, clock);
    }

    /** "http://127.0.0.1:PORT": the value of {@code motcua.signing.remote.url}. */
    public String url() {
        return server.url();
    }

    public X509Certificate root() {
        return ca.certificate();
    }

    public List<Map<String, Object>> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("/received")) {
                send(exchange, 200, received);
                return;
            }
            if (token != null && !("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, Map.of("status", 401, "message", "invalid access token"));
                return;
            }
            Map<String, Object> body = method.equals("POST") ? body(exchange) : Map.of();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("method", method);
            entry.put("path", path);
            entry.put("body", body);
            received.add(entry);
            if (method.equals("POST") && path.equals("/v1/credentials/get_certificate")) {
                certificate(exchange, body);
            } else if (method.equals("POST") && path.equals("/v1/signatures/sign")) {
                sign(exchange, body);
            } else if (path.startsWith("/v1/signatures/")) {
                String[] parts = path.substring("/v1/signatures/".length()).split("/");
                Transaction transaction = transactions.get(parts[0]);
                if (transaction == null) {
                    send(exchange, 404, Map.of("status", 404, "message", "unknown transaction"));
                } else if (method.equals("GET") && parts.length == 1) {
                    status(exchange, parts[0], transaction);
                } else if (method.equals("POST") && parts.length == 2
                        && (parts[1].equals("confirm") || parts[1].equals("reject"))) {
                    if (transaction.status == WAITING) {
                        transaction.status = parts[1].equals("confirm") ? SIGNED : REJECTED;
                    }
                    status(exchange, parts[0], transaction);
                } else {
                    send(exchange, 404, Map.of("status", 404, "message", "not found"));
                }
            } else {
                send(exchange, 404, Map.of("status", 404, "message", "not found"));
            }
        } catch (RuntimeException | GeneralSecurityException e) {
            send(exchange, 400, Map.of("status", 400, "message", String.valueOf(e.getMessage())));
        }
    }

    private Certificates.Issued key(String userId) {
        return keys.computeIfAbsent(userId, id -> Certificates.signer(ca, "DEMO " + names.apply(id),
                SigningKeys.DEMO_ORGANISATION, clock.instant().minusSeconds(86400), 3));
    }

    private void certificate(HttpExchange exchange, Map<String, Object> body) throws IOException,
            GeneralSecurityException {
        String userId = text(body, "user_id");
        Certificates.Issued key = key(userId);
        List<String> chain = new ArrayList<>();
        chain.add(Base64.getEncoder().encodeToString(key.certificate().getEncoded()));
        chain.add(Base64.getEncoder().encodeToString(ca.certificate().getEncoded()));
        send(exchange, 200, Map.of("status", 0, "credential_id", "cred-" + userId, "certificates", chain));
    }

    private void sign(HttpExchange exchange, Map<String, Object> body) throws IOException {
        String userId = text(body, "user_id");
        if (!("cred-" + userId).equals(body.get("credential_id"))) {
            send(exchange, 400, Map.of("status", 400, "message", "credential_id does not belong to user_id"));
            return;
        }
        if (!"SHA-256".equals(body.get("hash_algorithm"))) {
            send(exchange, 400, Map.of("status", 400, "message", "hash_algorithm must be SHA-256"));
            return;
        }
        byte[] hash = Base64.getDecoder().decode(text(body, "hash"));
        if (hash.length != 32) {
            send(exchange, 400, Map.of("status", 400, "message", "hash must be 32 bytes"));
            return;
        }
        String id = UUID.randomUUID().toString();
        Transaction transaction = new Transaction(userId, hash, clock.instant());
        if (autoConfirm) {
            transaction.status = SIGNED;
        }
        transactions.put(id, transaction);
        send(exchange, 200, Map.of("status", 0, "transaction_id", id, "tran_status", WAITING));
    }

    private void status(HttpExchange exchange, String id, Transaction transaction) throws IOException,
            GeneralSecurityException {
        if (transaction.status == WAITING && clock.instant().isAfter(transaction.created.plus(EXPIRY))) {
            transaction.status = EXPIRED;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", 0);
        answer.put("transaction_id", id);
        answer.put("tran_status", transaction.status);
        if (transaction.status == SIGNED) {
            Signature rsa = Signature.getInstance("NONEwithRSA");
            rsa.initSign(key(transaction.userId).privateKey());
            try {
                rsa.update(new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE),
                        transaction.hash).getEncoded("DER"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            answer.put("signature", Base64.getEncoder().encodeToString(rsa.sign()));
        }
        send(exchange, 200, answer);
    }

    private static String text(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return text;
    }

    private Map<String, Object> body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        if (bytes.length == 0) {
            return Map.of();
        }
        return json.readValue(bytes, new TypeReference<Map<String, Object>>() {});
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
