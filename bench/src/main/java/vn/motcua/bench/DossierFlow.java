package vn.motcua.bench;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * One dossier of the demo agency through the engine over HTTP, as its officers take it: registration with receipt
 * at the desk, then each action with the previous reply's ETag in {@code If-Match}.
 */
record DossierFlow(String name, String procedure, List<Step> steps) {

    static final String AGENCY = "000.00.22.H05";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An action, who takes it and its JSON body. */
    record Step(String user, String action, String body) {}

    /** Register, transfer, assign, resolve, return the result (a procedure without an internal procedure). */
    static final DossierFlow SHORT = new DossierFlow("short", "1.014438", List.of(
            new Step("tiepnhan", "transfer", "{\"unit\":\"QLCN\"}"),
            new Step("truongphong", "assign", "{\"assignee\":\"chuyenvien\"}"),
            new Step("lanhdao", "resolve", "{\"outcome\":\"GRANTED\"}"),
            new Step("tiepnhan", "return-result", "{\"delivery\":\"DESK\"}")));

    /**
     * The six-step internal procedure of {@code 1.014390}: 9 requests from registration to the returned result (the
     * desk's step ends with the transfer, the last, the clerk's issuing, with the resolution).
     */
    static final DossierFlow FULL = new DossierFlow("full", "1.014390", List.of(
            new Step("tiepnhan", "transfer", "{\"unit\":\"QLCN\"}"),
            new Step("truongphong", "assign", "{\"assignee\":\"chuyenvien\"}"),
            new Step("truongphong", "complete-step", "{}"),
            new Step("chuyenvien", "complete-step", "{\"note\":\"Đủ điều kiện\"}"),
            new Step("truongphong", "complete-step", "{}"),
            new Step("lanhdao", "complete-step", "{}"),
            new Step("lanhdao", "resolve", "{\"outcome\":\"GRANTED\"}"),
            new Step("tiepnhan", "return-result", "{\"delivery\":\"DESK\"}")));

    /** Requests of one walk, each a transition of the dossier. */
    int transitions() {
        return 1 + steps.size();
    }

    /**
     * Walks dossier number {@code i}; tells {@code timed} each request's action and time, and {@code registered} the
     * code as soon as the registration answered.
     */
    void walk(Map<String, WebSession> people, int i, BiConsumer<String, Long> timed, Consumer<String> registered)
            throws IOException {
        WebSession.Reply reply = people.get("tiepnhan").post("/api/v1/dossiers", """
                {"agencyCode":"%s","procedureCode":"%s","channel":"DIRECT","receive":true,
                 "applicant":{"type":"CITIZEN","name":"Người nộp thử tải %d","idNumber":"001085012345"}}"""
                .formatted(AGENCY, procedure, i), null).expect(201, "register");
        timed.accept("register", reply.nanos());
        String code = JSON.readTree(reply.body()).path("code").asString();
        registered.accept(code);
        String etag = reply.etag();
        for (Step step : steps) {
            reply = people.get(step.user()).post("/api/v1/dossiers/" + code + "/actions/" + step.action(),
                    step.body(), etag).expect(200, step.action());
            timed.accept(step.action(), reply.nanos());
            etag = reply.etag();
        }
    }
}
