package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.ProblemException;

class FormSetTest {

    @Test
    void circular01Has6FormsNumbered01To06AndCircular03Has7Numbered01To07() {
        assertThat(numbers(FormSet.TT01_2018)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(numbers(FormSet.TT03_2025)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(FormSet.TT03_2025.require(FormKind.CONTROL_SHEET).label()).isEqualTo("Mẫu số 06");
        assertThat(FormSet.TT01_2018.require(FormKind.CONTROL_SHEET).label()).isEqualTo("Mẫu số 05");
    }

    @Test
    void theStopNoticeExistsOnlyUnderCircular03() {
        assertThat(FormSet.TT01_2018.includes(FormKind.STOP_NOTICE)).isFalse();
        assertThat(FormSet.TT01_2018.spec(FormKind.STOP_NOTICE)).isEmpty();
        assertThat(FormSet.TT03_2025.spec(FormKind.STOP_NOTICE)).get()
                .extracting(FormSpec::title).isEqualTo("Thông báo dừng giải quyết hồ sơ");
    }

    @Test
    void renderingTheStopNoticeUnderCircular01IsRefusedAsNotFoundWithAClearMessage() {
        FormRenderer renderer = new FormRenderer();
        assertThatThrownBy(() -> renderer.render(FormSet.TT01_2018, FormFixtures.stopNotice()))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.kind()).isEqualTo(ProblemException.Kind.NOT_FOUND))
                .hasMessage("Thông tư số 01/2018/TT-VPCP không có mẫu \"Thông báo dừng giải quyết hồ sơ\" "
                        + "(stop-notice); mẫu này chỉ có trong Thông tư số 03/2025/TT-VPCP.");
    }

    @Test
    void theApologyIsAnExtensionRequestIn2025AndANewAppointmentIn2018() {
        assertThat(FormSet.TT03_2025.require(FormKind.APOLOGY_EXTENSION).title())
                .isEqualTo("Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết");
        assertThat(FormSet.TT01_2018.require(FormKind.APOLOGY_EXTENSION).title())
                .isEqualTo("Phiếu xin lỗi và hẹn lại ngày trả kết quả");
    }

    @Test
    void documentNumbersCarryTheCircular03FormCodeBeforeTheIssuer() {
        assertThat(FormSet.TT03_2025.require(FormKind.SUPPLEMENT_REQUEST).numberSuffix("TTPVHCC"))
                .isEqualTo("/PBS-TTPVHCC");
        assertThat(FormSet.TT03_2025.require(FormKind.REFUSAL).numberSuffix("BPTNTKQ")).isEqualTo("/PTC-BPTNTKQ");
        assertThat(FormSet.TT03_2025.require(FormKind.APOLOGY_EXTENSION).numberSuffix(" ")).isEqualTo("/PXL");
        assertThat(FormSet.TT03_2025.require(FormKind.RECEIPT).numberSuffix("TTPVHCC")).isEqualTo("/TTPVHCC");
        assertThat(FormSet.TT01_2018.require(FormKind.SUPPLEMENT_REQUEST).numberSuffix("BPTNTKQ"))
                .isEqualTo("/BPTNTKQ");
    }

    @Test
    void slugsAreTheRestContractAndReadBackToTheirKind() {
        assertThat(Arrays.stream(FormKind.values()).map(FormKind::slug)).containsExactly("receipt",
                "supplement-request", "refusal", "apology-extension", "stop-notice", "control-sheet", "tracking-book");
        for (FormKind kind : FormKind.values()) {
            assertThat(FormKind.fromSlug(kind.slug())).contains(kind);
        }
        assertThat(FormKind.fromSlug("RECEIPT")).isEmpty();
        assertThat(FormKind.fromSlug(null)).isEmpty();
    }

    private static List<Integer> numbers(FormSet set) {
        return Arrays.stream(FormKind.values()).map(set::spec).flatMap(java.util.Optional::stream)
                .map(FormSpec::number).sorted().toList();
    }
}
