package vn.motcua.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeLimitUnit;

class NationalProcedureMappingTest {

    private static Map<String, Object> way(String channel, String amount, String unit, String fee) {
        return Map.of("KENH", channel, "THOIGIAN", List.of(Map.of("THOIGIANGIAIQUYET", amount, "DONVITINH", unit,
                "MOTA", amount + " " + unit, "PHILEPHI", List.of(Map.of("SOTIEN", fee, "MOTA", "Lệ phí " + fee)))));
    }

    private static final Map<String, Object> PACKAGE = Map.of(
            "MATTHC", "1.014393",
            "TENTTHC", "Công nhận trung tâm nghiên cứu và phát triển",
            "LINHVUCTHUCHIEN", List.of(Map.of("MALINHVUC", "G12-KHCN", "TENLINHVUC", "Hoạt động khoa học và công nghệ")),
            "CAPTHUCHIEN", List.of(Map.of("TENCAP", "Cấp tỉnh")),
            "CACHTHUCTHUCHIEN", List.of(way("2", "20", "Ngày làm việc", "50.000"), way("1", "30", "Ngày làm việc",
                    "100.000")),
            "THANHPHANHOSO", List.of(Map.of("TENGIAYTO", "Văn bản đề nghị", "SOBANCHINH", "1", "SOBANSAO", "0",
                    "BATBUOC", "1")));

    @Test
    void theDeskChannelsTimeLimitAndFeesAreTakenAndEveryChannelListed() {
        ProcedureContent content = NationalProcedureMapping.content(PACKAGE, null);
        assertThat(content.timeLimit().amount()).isEqualByComparingTo("30");
        assertThat(content.timeLimit().unit()).isEqualTo(TimeLimitUnit.WORKING_DAY);
        assertThat(content.fees()).singleElement().satisfies(f -> assertThat(f.amountVnd()).isEqualTo(100_000L));
        assertThat(content.channels()).containsExactly(Channel.ONLINE, Channel.DESK);
        assertThat(content.level()).isEqualTo(ProcedureLevel.PROVINCE);
        assertThat(content.documents()).singleElement().satisfies(d -> {
            assertThat(d.originals()).isEqualTo(1);
            assertThat(d.required()).isTrue();
        });
    }

    @Test
    void daysNotSaidToBeWorkingDaysStayAsPrinted() {
        Map<String, Object> pkg = Map.of("TENTTHC", "Thủ tục", "CACHTHUCTHUCHIEN",
                List.of(way("1", "15", "Ngày", "0")));
        assertThat(NationalProcedureMapping.content(pkg, null).timeLimit().unit())
                .isEqualTo(TimeLimitUnit.DAY_AS_PRINTED);
    }

    @Test
    void partsTheNationalDatabaseDoesNotStateKeepTheCatalogsValue() {
        ProcedureContent catalog = ProcedureContent.minimal("Tên cũ", "Lĩnh vực cũ", TimeLimit.of(25,
                TimeLimitUnit.WORKING_DAY), OnlineLevel.FULL).withSuccessors(List.of("1.000001"));
        ProcedureContent content = NationalProcedureMapping.content(Map.of("TENTTHC", "Tên mới"), catalog);
        assertThat(content.name()).isEqualTo("Tên mới");
        assertThat(content.fieldName()).isEqualTo("Lĩnh vực cũ");
        assertThat(content.timeLimit()).isEqualTo(catalog.timeLimit());
        assertThat(content.onlineLevel()).isEqualTo(OnlineLevel.FULL);
        assertThat(content.successors()).containsExactly("1.000001");
        assertThat(NationalProcedureMapping.content(Map.of("TENTTHC", "Tên cũ"), catalog)).as("nothing new: equal")
                .isEqualTo(catalog);
    }
}
