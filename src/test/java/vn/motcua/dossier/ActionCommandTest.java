package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.ProblemException;

/** The commands refuse their own bad input with the field and the message the API has always answered. */
class ActionCommandTest {

    private static ProblemException.FieldProblem refused(ThrowingCallable creation) {
        ProblemException e = catchThrowableOfType(ProblemException.class, creation);
        assertThat(e.kind()).isEqualTo(ProblemException.Kind.INVALID);
        assertThat(e.fields()).hasSize(1);
        return e.fields().get(0);
    }

    @Test
    void aRefusalWithoutAReasonNamesTheReasonField() {
        assertThat(refused(() -> new ActionCommand.Refuse("  "))).isEqualTo(new ProblemException.FieldProblem(
                "reason", "Cần nêu lý do từ chối tiếp nhận hồ sơ"));
        assertThat(new ActionCommand.Refuse("  Không thuộc thẩm quyền ").reason()).isEqualTo("Không thuộc thẩm quyền");
    }

    @Test
    void aSupplementRequestListsItsItemsBeforeItsReasonAndDropsBlankLines() {
        assertThat(refused(() -> new ActionCommand.RequestSupplement(Arrays.asList(" ", null), null)))
                .isEqualTo(new ProblemException.FieldProblem("items",
                        "Cần liệt kê đầy đủ, một lần, các nội dung người nộp phải bổ sung, hoàn thiện"));
        assertThat(refused(() -> new ActionCommand.RequestSupplement(List.of("Bản sao"), null)).message())
                .isEqualTo("Cần nêu lý do yêu cầu bổ sung hồ sơ");
        assertThat(new ActionCommand.RequestCompletion(List.of(" Bản sao ", "", "Bản chính"), "Thiếu").items())
                .containsExactly("Bản sao", "Bản chính");
    }

    @Test
    void aConsultationNeedsItsTargetAndOneToFourHundredEightyWorkingHours() {
        assertThat(refused(() -> new ActionCommand.Consult(null, 8, null)).message())
                .isEqualTo("Cần nêu cơ quan, đơn vị được lấy ý kiến");
        assertThat(refused(() -> new ActionCommand.HandOff("Sở Nội vụ", 481, null)))
                .isEqualTo(new ProblemException.FieldProblem("workingHours",
                        "Cần thời hạn (số giờ làm việc, từ 1 đến 480) cho bước chuyển liên thông"));
        assertThat(refused(() -> new ActionCommand.Consult("Sở Tài chính", null, null)).field()).isEqualTo("workingHours");
        assertThat(new ActionCommand.Consult(" Sở Tài chính ", 480, null).target()).isEqualTo("Sở Tài chính");
    }

    @Test
    void aRefusedResolutionNeedsItsReasonAndAGrantedOneDoesNot() {
        assertThat(refused(() -> new ActionCommand.Resolve(null, "x")).field()).isEqualTo("outcome");
        assertThat(refused(() -> new ActionCommand.Resolve(Outcome.REFUSED, null)).message())
                .isEqualTo("Cần nêu lý do từ chối giải quyết hồ sơ");
        assertThat(new ActionCommand.Resolve(Outcome.GRANTED, " ").reason()).isNull();
    }

    @Test
    void unitsAssigneesAndAmountsAreCheckedWhereTheActionNeedsThem() {
        assertThat(new ActionCommand.Transfer(" ", null, null).unit())
                .as("no unit: the engine takes the internal procedure's, or refuses (WhoDidWhatIntegrationTest)")
                .isNull();
        assertThat(refused(() -> new ActionCommand.Assign(null, null)).message())
                .isEqualTo("Cần chọn cán bộ được phân công");
        assertThat(refused(() -> new ActionCommand.RequestPayment(0L, null, null)).message())
                .isEqualTo("Số tiền phải là số nguyên dương (đồng)");
        assertThat(new ActionCommand.CompleteStep(" ", " ", " ", " ", " "))
                .isEqualTo(new ActionCommand.CompleteStep(null, null, null, null, null));
    }

    @Test
    void anActionThatNeedsNoReasonKeepsTheOneGivenStrippedAndDropsABlankOne() {
        assertThat(new ActionCommand.Transfer("QLCN", null, " Hồ sơ ưu tiên ").reason()).isEqualTo("Hồ sơ ưu tiên");
        assertThat(new ActionCommand.Receive(" ").reason()).isNull();
    }

    @Test
    void everyActionHasExactlyOneCommand() {
        assertThat(Arrays.stream(ActionCommand.class.getPermittedSubclasses()).map(type -> type.getSimpleName()))
                .hasSize(DossierAction.values().length);
    }
}
