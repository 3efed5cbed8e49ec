package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void datesAreTypedAndShownDayFirstAndABadOneIsRefusedInWords() {
        // the test clock stands at Monday 02/03/2026 09:00 (Vietnam)
        String code = new DossierApi(port).received(DossierApi.TEN_DAY_PROCEDURE).get("code").asString();

        String sameDay = queue("from=02/03/2026&to=2/3/2026");
        assertThat(sameDay).contains(code, "value=\"02/03/2026\"", "placeholder=\"dd/mm/yyyy\"")
                .doesNotContain("type=\"date\"");
        assertThat(queue("from=03/03/2026")).doesNotContain(code);
        assertThat(queue("to=01/03/2026")).doesNotContain(code);
        assertThat(queue("from=2026-03-02")).as("older links with ISO dates still work, shown day first")
                .contains(code, "value=\"02/03/2026\"");

        String refused = queue("from=31/02/2026");
        assertThat(refused).contains("Ngày tiếp nhận từ &quot;31/02/2026&quot; không hợp lệ; hãy nhập ngày dạng dd/mm/yyyy")
                .doesNotContain(code);
        assertThat(queue("from=05/03/2026&to=02/03/2026")).contains("Ngày bắt đầu phải trước ngày kết thúc");
    }
}
