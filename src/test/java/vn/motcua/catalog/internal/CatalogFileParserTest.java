package vn.motcua.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.TimeLimitUnit;
import vn.motcua.shared.ProblemException;

class CatalogFileParserTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private List<CatalogFileParser.Entry> bundled(String province) {
        return new CatalogFileParser(json, province).parse(CatalogDemoData.bundled());
    }

    private CatalogFileParser.Entry entry(List<CatalogFileParser.Entry> entries, String code) {
        return entries.stream().filter(e -> code.equals(e.code())).findFirst().orElseThrow();
    }

    @Test
    void theSharedCatalogReadsAs27ActiveAnd23AbolishedProceduresWithNoneRefused() {
        List<CatalogFileParser.Entry> entries = bundled(null);
        assertThat(entries).hasSize(50).noneMatch(CatalogFileParser.Entry::refused);
        assertThat(entries.stream().filter(e -> e.status() == ProcedureStatus.ACTIVE)).hasSize(27);
        assertThat(entry(entries, "1.014445").content().fieldName()).isEqualTo("Hoạt động khoa học và công nghệ");
    }

    @Test
    void daysPrintedWithoutWorkingAreKeptAsPrintedNotConverted() {
        var limit = entry(bundled(null), "1.014438").content().timeLimit();
        assertThat(limit.unit()).isEqualTo(TimeLimitUnit.DAY_AS_PRINTED);
        assertThat(limit.amount()).isEqualByComparingTo("27");
        assertThat(limit.asRecorded()).startsWith("27 days");
        assertThat(entry(bundled(null), "1.014390").content().timeLimit().unit()).isEqualTo(TimeLimitUnit.WORKING_DAY);
    }

    @Test
    void theOnlineLevelIsTheFilesDefaultUnlessTheConfiguredProvinceHasItsOwn() {
        assertThat(entry(bundled(null), "1.014438").content().onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
        assertThat(entry(bundled("Phú Thọ"), "1.014438").content().onlineLevel()).isEqualTo(OnlineLevel.FULL);
        assertThat(entry(bundled("Phú Thọ"), "1.014438").content().onlineLevelByProvince())
                .containsEntry("Đồng Nai", OnlineLevel.PARTIAL);
        assertThat(entry(bundled(null), "1.014390").content().onlineLevel()).isNull();
    }

    @Test
    void aBadProcedureIsRefusedAloneWithItsReasonAndADuplicateCodeToo() {
        String file = """
                {"schemaVersion":1,"field":{"code":null,"name":"Lĩnh vực thử"},"procedures":[
                 {"code":"1.000001","name":"Thủ tục tốt","status":"ACTIVE","fee":{"amountVnd":150000,"printed":null}},
                 {"code":"1.000002","name":"Phí lẻ","status":"ACTIVE","fee":{"amountVnd":1500.5}},
                 {"code":"1.00003","name":"Mã sai","status":"ACTIVE"},
                 {"code":"1.000004","name":"Đơn vị sai","status":"ACTIVE","timeLimit":{"amount":5,"unit":"WEEK"}},
                 {"code":"1.000001","name":"Trùng mã","status":"ACTIVE"}]}
                """;
        var entries = new CatalogFileParser(json, null).parse(file.getBytes(StandardCharsets.UTF_8));
        assertThat(entries.get(0).refused()).isFalse();
        assertThat(entries.get(0).content().fees().get(0).amountVnd()).isEqualTo(150_000L);
        assertThat(entries.get(1).refusal()).contains("số đồng nguyên");
        assertThat(entries.get(2).refusal()).contains("không đúng định dạng");
        assertThat(entries.get(3).refusal()).contains("WEEK").contains("timeLimit.unit");
        assertThat(entries.get(4).refusal()).contains("nhiều lần");
    }

    @Test
    void aFileWithoutProceduresIsBadInputNamingTheField() {
        assertThatThrownBy(() -> new CatalogFileParser(json, null).parse("{\"schemaVersion\":1}".getBytes()))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.fields()).extracting(f -> f.field()).containsExactly("procedures"));
        assertThatThrownBy(() -> new CatalogFileParser(json, null).parse("not json".getBytes()))
                .isInstanceOf(ProblemException.class);
    }
}
