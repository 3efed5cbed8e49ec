package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

/**
 * A property-based walk of every operation of the served OpenAPI document with malformed input, generated from a
 * fixed seed (so a failure is reproducible): empty and repeated parameter names, wildcard and odd content types,
 * empty, huge and wrongly typed bodies and values, bytes that are not UTF-8, encoded characters in path segments. As
 * an anonymous caller and as the administrator, no case may answer 5xx, and every answer must be a status the
 * operation documents; a refusal is problem+json. A JSON answer (and each parameterless read, sent well-formed once)
 * must hold null only where its schema allows null, so that a generated client can read it.
 */
@IntegrationTest
class OpenApiFuzzIntegrationTest {

    /** The fixed seed; {@code -Dmotcua.fuzz.seed=N -Dmotcua.fuzz.rounds=R} explores R other seeds from N. */
    private static final long SEED = Long.getLong("motcua.fuzz.seed", 20_261_206L);
    private static final int ROUNDS = Integer.getInteger("motcua.fuzz.rounds", 1);
    private static final int CASES_PER_OPERATION_AND_CALLER = 8;
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + DemoAgency.PASSWORD).getBytes(StandardCharsets.UTF_8));

    private static final String[] PATH_VALUES = {"%2F", "a%2Fb", "%00", "a%5Cb", "%C3%28", "%FF%FE", "%25", "%zz",
            "..", "%2e%2e", "-1", "0", "99999999999999999999999", "1e309", "null", "H%E1%BB%93%20s%C6%A1", "%20",
            "%27%3B--", "%0D%0A", "a;b=c", "~x~", "A".repeat(3_000),
            // raw bytes, not percent-encoded (the request line is sent as ISO-8859-1): not UTF-8, then UTF-8 "á"
            "\u00ff\u00fe", "\u00c3\u00a1"};
    /** Within the 64 KB that Tomcat reads of a request line and headers (server.max-http-request-header-size). */
    private static final String[] BAD_VALUES = {"", "%zz", "%C3%28", "%00", "-1", "abc", "2024-13-45", "NOT_AN_ENUM",
            "99999999999999999999999", "1e309", "%E1%BB", "true", "[]", "{}", "%0A", "x".repeat(2_000)};
    private static final String[] CONTENT_TYPES = {"*/*", "text/*", "application/*", "application/json",
            "application/json; charset=latin1", "application/json;charset=\"", "text/plain", "multipart/form-data",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "garbage", "application/xml",
            "application/problem+json", null};
    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();
    private static final String[] IF_MATCH = {"\"abc\"", "*", "W/\"1\"", "garbage", "\"99999999999999999999\"", ""};

    @LocalServerPort
    int port;

    @Test
    void noMalformedRequestToAnyDocumentedOperationAnswers5xxOrAnUndocumentedStatus() {
        JsonNode api = Api.at(port).get("/v3/api-docs").json();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (var path : api.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                operations++;
                String name = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonNode op = method.getValue();
                if (method.getKey().equals("get") && !path.getKey().contains("{")) {
                    // one well-formed read as the administrator: its answer must fit the schema's nullability
                    check(name + " (admin, well-formed)", op, api,
                            new Case("GET", path.getKey(), Map.of("Authorization", ADMIN), null), failures);
                }
                for (int round = 0; round < ROUNDS; round++) {
                    Random random = new Random((SEED + round) ^ name.hashCode());
                    for (String caller : new String[] {null, ADMIN}) {
                        for (int i = 0; i < CASES_PER_OPERATION_AND_CALLER; i++) {
                            Case request = generate(random, method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                                    op, api, caller);
                            requests++;
                            check(name + " (" + (caller == null ? "anonymous" : "admin") + ")", op, api, request,
                                    failures);
                        }
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(70);
        assertThat(requests).isEqualTo(operations * ROUNDS * 2 * CASES_PER_OPERATION_AND_CALLER);
        assertThat(failures).as("malformed requests answered 5xx or an undocumented status").isEmpty();
    }

    private void check(String operation, JsonNode op, JsonNode api, Case request, List<String> failures) {
        Answer answer = send(request);
        String status = String.valueOf(answer.status());
        if (answer.status() >= 500 || !op.path("responses").has(status)) {
            failures.add(operation + " → " + status + " documented " + op.path("responses").propertyNames() + ": "
                    + request);
        } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            failures.add(operation + " → " + status + " not problem+json (" + answer.contentType() + "): " + request);
        } else if (answer.status() < 300 && answer.contentType().startsWith("application/json")
                && answer.body().length > 0) {
            JsonNode schema = op.path("responses").path(status).path("content").path("application/json").path("schema");
            List<String> nulls = new ArrayList<>();
            nullsNotDeclared(JSON.readTree(answer.body()), schema, api, "", nulls, 0);
            nulls.forEach(field -> failures.add(operation + " → " + status + ": " + field
                    + " is null but not declared nullable"));
        }
    }

    /** The places where the answer holds null but its schema does not allow null (a generated client would break). */
    private static void nullsNotDeclared(JsonNode value, JsonNode schema, JsonNode api, String at, List<String> found,
            int depth) {
        schema = resolve(schema, api);
        if (schema == null || schema.isMissingNode() || depth > 8) {
            return;
        }
        if (value.isNull()) {
            if (!allowsNull(schema)) {
                found.add(at.isEmpty() ? "(body)" : at);
            }
            return;
        }
        for (String combination : new String[] {"anyOf", "oneOf"}) {
            for (JsonNode alternative : schema.path(combination)) {
                if (!resolve(alternative, api).path("type").asString("").equals("null")) {
                    nullsNotDeclared(value, alternative, api, at, found, depth + 1);
                    return;
                }
            }
        }
        if (value.isObject() && schema.has("properties")) {
            for (var property : schema.get("properties").properties()) {
                if (value.has(property.getKey())) {
                    nullsNotDeclared(value.get(property.getKey()), property.getValue(), api,
                            at + (at.isEmpty() ? "" : ".") + property.getKey(), found, depth + 1);
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < Math.min(value.size(), 5); i++) {
                nullsNotDeclared(value.get(i), schema.get("items"), api, at + "[" + i + "]", found, depth + 1);
            }
        }
    }

    private static boolean allowsNull(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isMissingNode() && !schema.has("properties") && !schema.has("items") && !schema.has("anyOf")
                && !schema.has("oneOf") && !schema.has("enum")) {
            return true;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asString().equals("null")) {
                    return true;
                }
            }
        }
        if (type.asString("").equals("null") || schema.path("nullable").asBoolean(false)) {
            return true;
        }
        for (String combination : new String[] {"anyOf", "oneOf"}) {
            for (JsonNode alternative : schema.path(combination)) {
                if (alternative.path("type").asString("").equals("null")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    /** One generated request: at least one part of it is malformed. */
    record Case(String method, String target, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : " body " + (body.length > 120
                    ? body.length + " bytes" : new String(body, StandardCharsets.UTF_8));
            String target = this.target.length() > 200 ? this.target.substring(0, 200) + "…" : this.target;
            Map<String, String> headers = new LinkedHashMap<>(this.headers);
            headers.remove("Authorization");
            return method + " " + target + " " + headers + shown;
        }
    }

    record Answer(int status, String contentType, byte[] body) {}

    private static Case generate(Random random, String method, String template, JsonNode op, JsonNode api,
            String caller) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (caller != null) {
            headers.put("Authorization", caller);
        }
        String path = template;
        List<String> query = new ArrayList<>();
        boolean malformed = false;
        for (JsonNode parameter : op.path("parameters")) {
            String name = parameter.path("name").asString();
            String in = parameter.path("in").asString();
            switch (in) {
                case "path" -> {
                    path = path.replace("{" + name + "}", pick(random, PATH_VALUES));
                    malformed = true;
                }
                case "query" -> {
                    int form = random.nextInt(4);
                    if (form == 0) {
                        query.add(name + "=" + sample(parameter.path("schema"), random));
                    } else if (form == 1) {
                        query.add(name + "=" + pick(random, BAD_VALUES));
                        malformed = true;
                    } else if (form == 2) {
                        query.add(name + "=" + pick(random, BAD_VALUES));
                        query.add(name + "=" + pick(random, BAD_VALUES));
                        malformed = true;
                    }
                }
                case "header" -> {
                    if (name.equalsIgnoreCase("If-Match")) {
                        headers.put(name, pick(random, IF_MATCH));
                    } else if (random.nextBoolean()) {
                        headers.put(name, random.nextBoolean() ? "" : "k".repeat(1 + random.nextInt(2_000)));
                    }
                }
                default -> { }
            }
        }
        switch (random.nextInt(5)) {
            case 0 -> query.add("=x");
            case 1 -> query.add("&&=&");
            case 2 -> query.add("unknown=" + pick(random, BAD_VALUES));
            case 3 -> query.add("%zz=1");
            default -> { }
        }
        byte[] body = null;
        String bodilessType = pick(random, CONTENT_TYPES);
        if (method.equals("GET") && bodilessType != null && random.nextInt(3) == 0) {
            headers.put("Content-Type", bodilessType);
        }
        if (!method.equals("GET")) {
            String contentType = pick(random, CONTENT_TYPES);
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            body = body(random, op, api);
            malformed = true;
        }
        if (!malformed) {
            query.add("=x");
        }
        String target = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        return new Case(method, target, headers, body);
    }

    private static byte[] body(Random random, JsonNode op, JsonNode api) {
        return switch (random.nextInt(11)) {
            case 0 -> new byte[0];
            case 1 -> "{}".getBytes(StandardCharsets.UTF_8);
            case 2 -> "[]".getBytes(StandardCharsets.UTF_8);
            case 3 -> "null".getBytes(StandardCharsets.UTF_8);
            case 4 -> "{\"name\": ".getBytes(StandardCharsets.UTF_8);
            case 5 -> ("{\"name\":\"" + "x".repeat(1_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 6 -> new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            case 7 -> ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8);
            case 8 -> "{\"name\":\"a\\u0000b\",\"code\":\"\\u0000\"}".getBytes(StandardCharsets.UTF_8);
            default -> wronglyTyped(random, requestSchema(op, api), api).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static JsonNode requestSchema(JsonNode op, JsonNode api) {
        for (JsonNode media : op.path("requestBody").path("content")) {
            return resolve(media.path("schema"), api);
        }
        return null;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode api) {
        if (schema != null && schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return api.at(ref.substring(1));
        }
        return schema;
    }

    /** A JSON object with every property of the schema given a value of another type than it declares. */
    private static String wronglyTyped(Random random, JsonNode schema, JsonNode api) {
        if (schema == null || !schema.has("properties")) {
            return "{\"unexpected\": " + random.nextInt() + "}";
        }
        StringBuilder json = new StringBuilder("{");
        for (var property : schema.get("properties").properties()) {
            JsonNode declared = resolve(property.getValue(), api);
            String type = declared.path("type").isArray() ? declared.path("type").path(0).asString()
                    : declared.path("type").asString("object");
            String wrong = switch (type) {
                case "string" -> random.nextBoolean() ? "12345" : "[\"a\"]";
                case "integer", "number" -> random.nextBoolean() ? "\"many\"" : "1e400";
                case "boolean" -> "\"maybe\"";
                case "array" -> random.nextBoolean() ? "\"notalist\"" : "[{\"x\":[]}]";
                default -> random.nextBoolean() ? "\"notanobject\"" : "42";
            };
            json.append(json.length() > 1 ? "," : "").append('"').append(property.getKey()).append("\":").append(wrong);
        }
        return json.append('}').toString();
    }

    /** A well-formed value for a query parameter of this schema (the case's malformation lies elsewhere). */
    private static String sample(JsonNode schema, Random random) {
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asString();
        }
        String type = schema.path("type").isArray() ? schema.path("type").path(0).asString() : schema.path("type").asString("string");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "integer", "number" -> String.valueOf(random.nextInt(3));
            case "boolean" -> String.valueOf(random.nextBoolean());
            default -> format.equals("date") ? "2025-01-0" + (1 + random.nextInt(9)) : "x";
        };
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Sends the request byte for byte, the way a hostile client may: nothing is re-encoded or checked first. */
    private Answer send(Case request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder(request.method() + " " + request.target() + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nConnection: close\r\nAccept: */*\r\n");
            request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (request.body() != null) {
                head.append("Content-Length: ").append(request.body().length).append("\r\n");
            }
            head.append("\r\n");
            bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (request.body() != null) {
                bytes.writeBytes(request.body());
            }
            OutputStream out = socket.getOutputStream();
            try {
                out.write(bytes.toByteArray());
                out.flush();
            } catch (IOException refused) {
                // the server answered and closed before reading the whole body (a request line it cannot parse is
                // refused at once, whatever follows): its answer is still there to read
            }
            InputStream in = socket.getInputStream();
            byte[] all = in.readAllBytes();
            String response = new String(all, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(response.substring(9, 12));
            int end = response.indexOf("\r\n\r\n");
            String contentType = "";
            boolean chunked = false;
            for (String line : response.substring(0, Math.max(0, end)).split("\r\n")) {
                if (line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                    contentType = line.substring(13).trim();
                } else if (line.regionMatches(true, 0, "Transfer-Encoding:", 0, 18)) {
                    chunked = line.toLowerCase(Locale.ROOT).contains("chunked");
                }
            }
            byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, end + 4, all.length);
            return new Answer(status, contentType, chunked ? unchunk(body) : body);
        } catch (IOException e) {
            throw new IllegalStateException("no answer to " + request, e);
        }
    }
}
