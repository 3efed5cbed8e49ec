package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;

/** Parallel intakes, racing actions and retried submissions over real HTTP on the real database. */
@IntegrationTest
class DossierConcurrencyIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private <T> List<T> inParallel(int count, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void parallelIntakesGetUniqueCodesAndTheDaysSequenceHasNoGaps() throws Exception {
        DossierApi api = new DossierApi(port);
        List<String> codes = inParallel(12, () -> api.received(DossierApi.TEN_DAY_PROCEDURE).get("code").asString());
        assertThat(codes).doesNotHaveDuplicates().hasSize(12);
        List<Integer> numbers = jdbc.sql("SELECT code FROM dossier WHERE code LIKE :prefix ORDER BY code")
                .param("prefix", DossierApi.AGENCY + "-260302-%").query(String.class).list().stream()
                .map(code -> Integer.parseInt(code.substring(code.lastIndexOf('-') + 1))).toList();
        assertThat(numbers).as("1, 2, 3, … with no number skipped")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    }

    @Test
    void twoOfficersRacingOnTheSameVersionGetOneWinnerAndOne412() throws Exception {
        DossierApi api = new DossierApi(port);
        JsonNode d = api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer", "{\"unit\":\"QLCN\"}");
        List<Integer> statuses = inParallel(2, () -> api.act("truongphong", d, "assign",
                "{\"assignee\":\"chuyenvien\"}").status());
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        JsonNode history = api.desk().get("/api/v1/dossiers/" + d.get("code").asString() + "/history").json();
        assertThat(history.findValuesAsString("type").stream().filter("assign"::equals)).hasSize(1);
    }

    @Test
    void aRetriedSubmissionWithTheSameIdempotencyKeyReturnsTheSameDossier() throws Exception {
        DossierApi api = new DossierApi(port);
        String body = DossierApi.newDossier(DossierApi.TEN_DAY_PROCEDURE, "POSTAL", true, "Lê Văn Cường");
        String key = "buu-dien-" + System.nanoTime();
        List<Api.Response> responses = inParallel(4, () -> api.desk().header("Idempotency-Key", key)
                .post("/api/v1/dossiers", body));
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        assertThat(responses.stream().map(r -> r.json().get("code").asString()).distinct()).hasSize(1);
        assertThat(responses.stream().filter(r -> "false".equals(r.header("Idempotent-Replayed")))).hasSize(1);

        Api.Response other = api.desk().header("Idempotency-Key", key).post("/api/v1/dossiers",
                DossierApi.newDossier(DossierApi.TEN_DAY_PROCEDURE, "POSTAL", true, "Người khác"));
        assertThat(other.status()).as("the same key for a different dossier").isEqualTo(422);
    }

    /**
     * An intake that deadlocks with another transaction (here: one holding the agency's form numbers and then asking
     * for the day's code sequence, which the intake took before numbering its receipt) is rolled back whole and
     * answered 503 with Retry-After in problem+json; the code it had taken is given back.
     */
    @Test
    void anIntakeCaughtInADeadlockIsRolledBackWholeAndAnswers503() throws Exception {
        DossierApi api = new DossierApi(port);
        String first = api.received(DossierApi.TEN_DAY_PROCEDURE).get("code").asString(); // the rows exist
        long before = jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement sql = other.createStatement()) {
                sql.execute("SET LOCAL deadlock_timeout = '30s'"); // the intake's backend detects the deadlock
                sql.execute("SELECT 1 FROM dossier_form_sequence WHERE agency_code = '" + DossierApi.AGENCY
                        + "' FOR UPDATE");
                ExecutorService pool = Executors.newSingleThreadExecutor();
                try {
                    Future<Api.Response> intake = pool.submit(() -> api.desk().post("/api/v1/dossiers",
                            DossierApi.newDossier(DossierApi.TEN_DAY_PROCEDURE, "DIRECT", true, "Trần Thị Bình")));
                    while (jdbc.sql("SELECT count(*) FROM pg_locks WHERE NOT granted").query(Long.class).single() == 0) {
                        Thread.sleep(20); // the intake took its code and now waits for a receipt number
                    }
                    sql.execute("SELECT 1 FROM dossier_code_sequence WHERE agency_code = '" + DossierApi.AGENCY
                            + "' FOR UPDATE");
                    Api.Response response = intake.get();
                    assertThat(response.status()).as(response.body()).isEqualTo(503);
                    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                    assertThat(response.header("Retry-After")).isEqualTo("1");
                    assertThat(response.json().get("detail").asString()).contains("Vui lòng thử lại");
                } finally {
                    pool.shutdown();
                }
            }
            other.rollback();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single()).isEqualTo(before);
        String next = api.received(DossierApi.TEN_DAY_PROCEDURE).get("code").asString();
        assertThat(number(next)).as("the rolled-back intake's number is taken again").isEqualTo(number(first) + 1);
    }

    @Test
    void aDossierWithoutItsCodeCannotCommit() throws Exception {
        String code = new DossierApi(port).received(DossierApi.TEN_DAY_PROCEDURE).get("code").asString();
        long before = jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("CREATE TEMP TABLE codeless ON COMMIT DROP AS SELECT * FROM dossier WHERE code = '" + code + "'");
            sql.execute("UPDATE codeless SET id = nextval('dossier_id_seq'), code = NULL, idempotency_key = NULL");
            sql.execute("INSERT INTO dossier SELECT * FROM codeless");
            assertThatThrownBy(connection::commit).hasMessageContaining("has no code at commit");
            connection.rollback();
            connection.setAutoCommit(true);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single()).isEqualTo(before);
    }

    private static int number(String code) {
        return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
    }
}
