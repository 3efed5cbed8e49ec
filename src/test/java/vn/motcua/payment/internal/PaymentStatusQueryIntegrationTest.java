package vn.motcua.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.motcua.payment.PaymentFixture;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;

/**
 * A payment whose notification never came is looked up at the platform by the queued status query; the previous
 * day's reconciliation is queued once and records what it found.
 */
@IntegrationTest
class PaymentStatusQueryIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    PaymentJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPendingPaymentWithoutNotificationIsQueriedOnceItIsHalfAnHourOldAndBecomesPaid() throws Exception {
        PaymentFixture f = new PaymentFixture(port);
        String code = f.awaitingPayment("Bùi Thị Chờ Tra Cứu").get("code").asString();
        Api.Response started = f.api.desk().post("/api/v1/dossiers/" + code + "/payments", null);
        assertThat(started.status()).isEqualTo(201);
        f.decide(started.json().get("redirectUrl").asString(), "pay", true);

        jobs.queueStatusQueries();
        Thread.sleep(1500);
        assertThat(f.payments(code).get(0).get("status").asString()).as("too young to be queried")
                .isEqualTo("PENDING");

        clock.advance(Duration.ofMinutes(31));
        jobs.queueStatusQueries();
        Instant until = Instant.now().plusSeconds(20);
        JsonNode payment = f.payments(code).get(0);
        while (!payment.get("status").asString().equals("PAID") && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            payment = f.payments(code).get(0);
        }
        assertThat(payment.get("status").asString()).isEqualTo("PAID");
        assertThat(payment.get("settledBy").asString()).isEqualTo("CHECK");
        assertThat(f.dossier(code).get("status").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void thePreviousDaysReconciliationIsQueuedOnceByWhicheverRoundComesFirstAndRecordsWhatItFound() throws Exception {
        clock.advance(Duration.ofDays(1500)); // a day no other round has reached
        String yesterday = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).minusDays(1).toString();
        jobs.queueReconciliation();
        jobs.queueReconciliation();
        assertThat(jdbc.sql("SELECT count(*) FROM job_once WHERE kind = :kind AND key = :day")
                .param("kind", PaymentJobs.RECONCILE).param("day", yesterday).query(Long.class).single()).isOne();

        Instant until = Instant.now().plusSeconds(20);
        while (recorded(yesterday) == 0 && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertThat(recorded(yesterday)).as("the reconciliation ran and recorded its outcome").isOne();
    }

    private long recorded(String day) {
        return jdbc.sql("SELECT count(*) FROM payment_reconciliation WHERE day = CAST(:day AS date) "
                        + "AND finished_at IS NOT NULL AND listed IS NOT NULL")
                .param("day", day).query(Long.class).single();
    }
}
