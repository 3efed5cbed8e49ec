package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;

/** The applicant rates the service with the dossier code and secret, after the result is returned, once. */
@IntegrationTest
class DossierRatingIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private Api.Response rate(JsonNode d, String secret, String overall) {
        return Api.at(port).post("/api/v1/public/dossiers/" + d.get("code").asString() + "/rating",
                "{\"secret\":\"" + secret + "\",\"overall\":\"" + overall + "\",\"attitude\":\"VERY_SATISFIED\","
                        + "\"comment\":\"Cán bộ hướng dẫn tận tình\"}");
    }

    @Test
    void aReturnedDossierIsRatedOnceAndTheRatingCanBeChangedOnlyWithinTheConfiguredDays() {
        DossierApi api = new DossierApi(port);
        JsonNode d = api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer", "{\"unit\":\"QLCN\"}");
        String secret = d.get("lookupSecret").asString();
        assertThat(rate(d, secret, "SATISFIED").status()).as("not before the result is returned").isEqualTo(409);
        d = api.ok("lanhdao", d, "resolve", "{\"outcome\":\"REFUSED\",\"reason\":\"Không đủ điều kiện\"}");
        d = api.ok("tiepnhan", d, "return-result", null);

        assertThat(rate(d, "WRONG234", "SATISFIED").status()).isEqualTo(404);
        Api.Response first = rate(d, secret, "NOT_SATISFIED");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("overall").asString()).isEqualTo("NOT_SATISFIED");
        clock.advance(Duration.ofDays(2));
        Api.Response changed = rate(d, secret, "SATISFIED");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("firstRatedAt").asString()).isEqualTo(first.json().get("firstRatedAt").asString());
        clock.advance(Duration.ofDays(6));
        Api.Response late = rate(d, secret, "VERY_SATISFIED");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("Đã hết thời hạn 7 ngày");
        assertThat(Api.at(port).post("/api/v1/public/dossiers/" + d.get("code").asString() + "/rating",
                "{\"secret\":\"" + secret + "\"}").status()).as("the overall level is required").isEqualTo(400);
    }
}
