package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

@IntegrationTest
class CalendarApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api anyone() {
        return Api.at(port);
    }

    private Api admin() {
        return Api.at(port).as("admin", "Demo@12345");
    }

    @Test
    void lunarNewYear2024IsGiapThin() {
        assertThat(anyone().get("/api/v1/calendar/lunar?date=2024-02-10").json()).isEqualTo(JSON.readTree("""
                {"solarDate":"2024-02-10","lunarDay":1,"lunarMonth":1,"lunarYear":2024,"leapMonth":false,
                 "yearName":"Giáp Thìn"}"""));
    }

    @Test
    void solarDateOfALunarDateHasTheSameShape() {
        assertThat(anyone().get("/api/v1/calendar/solar?lunarYear=2024&lunarMonth=1&lunarDay=1&leapMonth=false").json())
                .isEqualTo(anyone().get("/api/v1/calendar/lunar?date=2024-02-10").json());
    }

    @Test
    void aDayOfTet2024IsADayOffWithItsReason() {
        JsonNode day = anyone().get("/api/v1/calendar/days/2024-02-12").json();
        assertThat(day.get("date").asString()).isEqualTo("2024-02-12");
        assertThat(day.get("workingDay").asBoolean()).isFalse();
        assertThat(day.get("reasons")).isEqualTo(JSON.readTree("[\"Tết Nguyên đán\"]"));
        assertThat(day.get("provisional").asBoolean()).isFalse();
        assertThat(day.get("lunar").get("lunarDay").asInt()).isEqualTo(3);
    }

    @Test
    void fiveWorkingDaysFromTheEveOfTet2024EndTwoWeeksLater() {
        JsonNode due = anyone()
                .get("/api/v1/calendar/due?start=2024-02-07T09:00:00%2B07:00&amount=5&unit=WORKING_DAY").json();
        assertThat(due).isEqualTo(JSON.readTree("""
                {"start":"2024-02-07T09:00:00+07:00","due":"2024-02-21T09:00:00+07:00","amount":5,
                 "unit":"WORKING_DAY","style":"HOURS"}"""));
    }

    @Test
    void theCivilCodeStyleEndsAtTheCloseOfTheLastWorkingDay() {
        JsonNode due = anyone().get(
                "/api/v1/calendar/due?start=2024-02-07T09:00:00%2B07:00&amount=5&unit=WORKING_DAY&style=CIVIL_CODE")
                .json();
        assertThat(due.get("due").asString()).isEqualTo("2024-02-21T17:30:00+07:00");
        assertThat(due.get("style").asString()).isEqualTo("CIVIL_CODE");
    }

    @Test
    void theOfficial2026ScheduleListsItsBreaksAndMakeUpSaturdays() {
        JsonNode year = anyone().get("/api/v1/calendar/years/2026").json();
        assertThat(year.get("official").asBoolean()).isTrue();
        assertThat(year.get("provisional").asBoolean()).isFalse();
        assertThat(year.get("basis").asString()).isNotBlank();
        assertThat(dates(year.get("makeUpDays"))).containsExactly("2026-01-10", "2026-08-22");
        assertThat(dates(year.get("daysOff"))).contains("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-20",
                "2026-04-27", "2026-08-31", "2026-09-01", "2026-09-02");
    }

    @Test
    void aYearWithoutAnOfficialScheduleIsProvisional() {
        JsonNode year = anyone().get("/api/v1/calendar/years/2030").json();
        assertThat(year.get("official").asBoolean()).isFalse();
        assertThat(year.get("provisional").asBoolean()).isTrue();
        assertThat(dates(year.get("daysOff"))).contains("2030-01-01", "2030-02-04", "2030-04-30", "2030-09-02");
    }

    @Test
    void anAdministratorRecordsAnOfficialScheduleAndTheOldOneStaysOnRecord() {
        String schedule = """
                {"basis":"Công văn số 1234/VPCP-KGVX ngày 01/11/2030",
                 "breaks":[{"from":"2031-01-22","to":"2031-01-28","name":"Tết Nguyên đán Tân Hợi",
                            "basis":"Công văn số 1234/VPCP-KGVX","statutoryDays":[],"compensatoryDays":[],
                            "swappedDays":[]}],
                 "extraWorkingDays":[]}""";
        assertThat(admin().put("/api/v1/calendar/years/2031", schedule).status()).isEqualTo(200);
        JsonNode recorded = admin().put("/api/v1/calendar/years/2031",
                schedule.replace("2031-01-28", "2031-01-29")).json();

        assertThat(recorded.get("official").asBoolean()).isTrue();
        assertThat(recorded.get("basis").asString()).startsWith("Công văn số 1234");
        assertThat(anyone().get("/api/v1/calendar/days/2031-01-29").json().get("workingDay").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_year_schedule WHERE year = 2031").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void recordingAScheduleNeedsTheAdministratorRole() {
        Api.Response response = Api.at(port).as("tiepnhan", "Demo@12345")
                .put("/api/v1/calendar/years/2032", "{\"basis\":\"x\",\"breaks\":[],\"extraWorkingDays\":[]}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aScheduleWithoutItsBasisIsRefusedNamingTheField() {
        Api.Response response = admin().put("/api/v1/calendar/years/2032", "{\"breaks\":[],\"extraWorkingDays\":[]}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("basis");
    }

    @Test
    void anUnknownUnitIsRefusedNamingTheField() {
        Api.Response response = anyone()
                .get("/api/v1/calendar/due?start=2024-02-07T09:00:00%2B07:00&amount=5&unit=FORTNIGHT");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("unit");
    }

    @Test
    void aStartFarOutsideTheCalendarIsRefusedNamingTheField() {
        Api.Response response = anyone()
                .get("/api/v1/calendar/due?start=%2B999999999-12-31T09:00:00%2B07:00&amount=5&unit=WORKING_DAY");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("start");
    }

    @Test
    void aDateOutsideTheSupportedRangeIsRefusedNamingTheField() {
        Api.Response response = anyone().get("/api/v1/calendar/lunar?date=1850-01-01");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
    }

    @Test
    void aLeapMonthTheYearDoesNotHaveIsRefusedNamingTheField() {
        Api.Response response = anyone()
                .get("/api/v1/calendar/solar?lunarYear=2024&lunarMonth=3&lunarDay=1&leapMonth=true");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("leapMonth");
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void anAgencysOfficeHoursChangeItsDeadlines() {
        String hours = """
                {"zone":"Asia/Ho_Chi_Minh","windows":[{"opens":"07:00","closes":"11:30"},{"opens":"13:30","closes":"17:00"}],
                 "workingDayMinutes":480,"sameDayCutoff":"15:00"}""";
        assertThat(admin().put("/api/v1/calendar/office-hours/000.99.99.H99", hours).status()).isEqualTo(200);
        JsonNode due = anyone().get("/api/v1/calendar/due?start=2026-03-02T16:00:00%2B07:00&amount=2&unit=WORKING_HOUR"
                + "&agency=000.99.99.H99").json();
        assertThat(due.get("due").asString()).isEqualTo("2026-03-03T08:00:00+07:00");
    }

    private static java.util.List<String> dates(JsonNode days) {
        java.util.List<String> result = new java.util.ArrayList<>();
        days.forEach(d -> result.add(d.get("date").asString()));
        return result;
    }
}
