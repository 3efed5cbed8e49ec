package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;

/** The work list's receipt dates are typed and shown day first, whatever the browser's locale. */
@IntegrationTest
class QueueDateFiltersIntegrationTest {

    @LocalServerPort
    int port;

    private String queue(String query) {
        Api.Response page = new DossierApi(port).desk().header("Accept", "text/html").get("/ho-so?" + query);
        return page.body();
    }

    /** How many dossiers the page says it lists (other tests add dossiers on the same day, so not all fit a page). */
    private static long counted(String page) {
        Matcher m = Pattern.compile("id=\"queue-count\"[^>]*>(\\d+) hồ sơ").matcher(page);
        assertThat(m.find()).as("the count line").isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The same filter through the API, with ISO dates. */
    private long apiTotal(String query) {
        return new DossierApi(port).desk().get("/api/v1/dossiers?" + query).json().get("total").asLong();
    }

    @Test
    void datesAreTypedAndShownDayFirstAndABadOneIsRefusedInWords() {
        // the test clock stands at Monday 02/03/2026 09:00 (Vietnam)
        String code = new DossierApi(port).received(DossierApi.TEN_DAY_PROCEDURE).get("code").asString();

        String sameDay = queue("from=02/03/2026&to=2/3/2026");
        assertThat(sameDay).contains("value=\"02/03/2026\"", "placeholder=\"dd/mm/yyyy\"")
                .doesNotContain("type=\"date\"");
        long thatDay = apiTotal("from=2026-03-02&to=2026-03-02");
        assertThat(thatDay).as("at least the new dossier").isPositive();
        assertThat(counted(sameDay)).isEqualTo(thatDay);
        assertThat(counted(queue("from=03/03/2026"))).isEqualTo(apiTotal("from=2026-03-03"));
        assertThat(counted(queue("to=01/03/2026"))).isEqualTo(apiTotal("to=2026-03-01")).isLessThan(
                apiTotal("to=2026-03-02"));
        String iso = queue("from=2026-03-02");
        assertThat(iso).as("older links with ISO dates still work, shown day first").contains("value=\"02/03/2026\"");
        assertThat(counted(iso)).isEqualTo(apiTotal("from=2026-03-02"));

        String refused = queue("from=31/02/2026");
        assertThat(refused).contains("Ngày tiếp nhận từ &quot;31/02/2026&quot; không hợp lệ; hãy nhập ngày dạng dd/mm/yyyy")
                .doesNotContain(code);
        assertThat(queue("from=05/03/2026&to=02/03/2026")).contains("Ngày bắt đầu phải trước ngày kết thúc");
    }
}
