package vn.motcua.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.ProblemException;

class ContentFileParserTest {

    private final ContentFileParser parser = new ContentFileParser(JsonMapper.builder().build());

    private List<ContentFileParser.Entry> bundled() {
        return parser.parse(CatalogDemoData.resource(CatalogDemoData.BUNDLED_CONTENT));
    }

    private ContentFileParser.Entry entry(String code) {
        return bundled().stream().filter(e -> code.equals(e.code())).findFirst().orElseThrow();
    }

    @Test
    void theBundledContentReadsAs27RecordsOf14WithPublishedContentAndNoneRefused() {
        List<ContentFileParser.Entry> entries = bundled();
        assertThat(entries).hasSize(27).noneMatch(ContentFileParser.Entry::refused);
        assertThat(entries.stream().filter(e -> !e.published().empty())).hasSize(14);
    }

    @Test
    void componentsKeepWhatIsPublishedAndLeaveTheRestUnknown() {
        var documents = entry("1.014394").published().documents();
        assertThat(documents).hasSize(4);
        assertThat(documents.get(0).templateName()).isEqualTo("Mẫu số 02 Phụ lục I Nghị định 262/2025/NĐ-CP");
        assertThat(documents.get(0).mandatory()).isTrue();
        assertThat(documents.get(0).originals()).isNull();
        assertThat(documents.get(0).copiesText()).isNull();
        assertThat(entry("1.014431").published().documents().get(0).mandatory()).isNull();
        assertThat(entry("1.014394").provenance().componentNotes())
                .containsEntry("Đơn đề nghị thành lập đơn vị trực thuộc ở nước ngoài", "Điều 14 khoản 1 điểm a NĐ 262/2025/NĐ-CP");
    }

    @Test
    void theKeepersNotesStayInTheProvenance() {
        ContentFileParser.Entry entry = entry("1.014461");
        assertThat(entry.published().steps().get(0)).endsWith("khoa học và công nghệ cấp tỉnh.").doesNotContain("Long An");
        assertThat(entry.published().sets()).isEqualTo("01 bộ");
        assertThat(entry.provenance().removedFromPublicText()).containsExactly("steps: (Long An)", "sets: (Vĩnh Phúc)");
        assertThat(entry.provenance().publishedName()).contains("Long An wording, older version");
        assertThat(entry.provenance().implementingAgency()).contains("(Long An)");
        assertThat(entry.provenance().ways()).containsKeys("LongAn", "VinhPhuc");
        assertThat(entry.provenance().sources()).hasSize(2);
        assertThat(entry("1.014431").provenance().onlineLabels()).containsEntry("LaoCai", "Toàn trình");
    }

    @Test
    void publishedParenthesesStayAndTheKeepersRemarksGo() {
        Set<String> provinces = Set.of("Vĩnh Phúc", "Long An");
        List<String> removed = new ArrayList<>();
        assertThat(ContentFileParser.publicText("Mười (10) ngày làm việc", provinces, removed, "t"))
                .isEqualTo("Mười (10) ngày làm việc");
        assertThat(ContentFileParser.publicText("các bên liên quan (nếu có)", provinces, removed, "t"))
                .isEqualTo("các bên liên quan (nếu có)");
        assertThat(ContentFileParser.publicText("Giấy chứng nhận (Nghị định số 268/2025/NĐ-CP)", provinces, removed, "t"))
                .endsWith("(Nghị định số 268/2025/NĐ-CP)");
        assertThat(removed).isEmpty();
        assertThat(ContentFileParser.publicText("sở khcn (printed in lower case)", provinces, removed, "a"))
                .isEqualTo("sở khcn");
        assertThat(ContentFileParser.publicText("01 bộ (Vĩnh Phúc)", provinces, removed, "sets")).isEqualTo("01 bộ");
        assertThat(removed).containsExactly("a: (printed in lower case)", "sets: (Vĩnh Phúc)");
    }

    @Test
    void badRecordsAreRefusedAloneAndABadFileAsAWhole() {
        List<ContentFileParser.Entry> entries = parser.parse("""
                {"schemaVersion": 1, "procedures": [
                  {"code": "1.01439"},
                  {"code": "1.014394", "components": [{"name": "Đơn", "required": "yes"}]},
                  {"code": "1.014390", "steps": "Nộp hồ sơ"},
                  {"code": "1.014391", "legalBasis": [{"date": "14/10/2025"}]},
                  {"code": "1.014392", "found": "có"},
                  {"code": "1.014393", "steps": ["Nộp hồ sơ."]}
                ]}""".getBytes(StandardCharsets.UTF_8));
        assertThat(entries).hasSize(6);
        assertThat(entries.get(0).refusal()).contains("không đúng định dạng");
        assertThat(entries.get(1).refusal()).contains("bắt buộc (required)");
        assertThat(entries.get(2).refusal()).contains("Trình tự thực hiện (steps) phải là một danh sách");
        assertThat(entries.get(3).refusal()).contains("thiếu số văn bản");
        assertThat(entries.get(4).refusal()).contains("found");
        assertThat(entries.get(5).refused()).isFalse();
        assertThatThrownBy(() -> parser.parse("{\"schemaVersion\": 2, \"procedures\": []}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("schemaVersion 1");
        assertThatThrownBy(() -> parser.parse("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("không phải JSON");
    }
}
