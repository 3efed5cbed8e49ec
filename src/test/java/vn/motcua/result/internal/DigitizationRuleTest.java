package vn.motcua.result.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.result.Digitization;
import vn.motcua.result.DigitizationState;

class DigitizationRuleTest {

    private static final List<String> COMPONENTS = List.of("Đơn đề nghị", "Bản sao giấy phép");

    private static DossierDocument document(String name, String stage) {
        return new DossierDocument(7, name, stage, "a.pdf", "application/pdf", 10, Instant.EPOCH, "tiepnhan", "k");
    }

    @Test
    void aComponentUploadedAtTheDeskIsScannedAndOneSubmittedOnlineIsElectronic() {
        var desk = DigitizationRule.of(COMPONENTS, Map.of(), List.of(document("đơn đề nghị", "INTAKE")), false);
        assertThat(desk.components().get(0).state()).isEqualTo(DigitizationState.SCANNED);
        assertThat(desk.components().get(1).state()).isEqualTo(DigitizationState.MISSING);
        assertThat(desk.complete()).isFalse();
        var online = DigitizationRule.of(COMPONENTS, Map.of(), List.of(document("Đơn đề nghị", "INTAKE")), true);
        assertThat(online.components().get(0).state()).isEqualTo(DigitizationState.ELECTRONIC);
    }

    @Test
    void whatTheDeskRecordedWinsAndShownOrExemptComponentsLeaveTheDossierComplete() {
        var recorded = new Digitization.Component("Bản sao giấy phép", DigitizationState.EXEMPT, "", null, null,
                "Khoản 2 Điều 5", true, "tiepnhan", null, null);
        var d = DigitizationRule.of(COMPONENTS, Map.of("Bản sao giấy phép", recorded),
                List.of(document("Đơn đề nghị", "INTAKE")), false);
        assertThat(d.components().get(1).state()).isEqualTo(DigitizationState.EXEMPT);
        assertThat(d.complete()).isTrue();
    }

    @Test
    void aProcedureWithoutComponentsHasTheOneComponentHoSoAndAResultIsNotAComponent() {
        assertThat(DigitizationRule.components(List.of())).containsExactly("Hồ sơ");
        assertThat(DigitizationRule.of(List.of("Hồ sơ"), Map.of(), List.of(document("Kết quả", "RESULT")), false)
                .complete()).isFalse();
        assertThat(DigitizationRule.of(List.of("Hồ sơ"), Map.of(), List.of(document("Tài liệu", "INTAKE")), false)
                .complete()).isTrue();
    }
}
