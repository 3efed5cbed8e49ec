package vn.motcua.dossier.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.ProblemException;

class SupplementWindowRuleTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Three working days after a receipt, as the calendar computed it: 17:00 on Thursday 05/03/2026. */
    private static final Instant LATEST = Instant.parse("2026-03-05T10:00:00Z");

    private final SupplementWindowRule window = new SupplementWindowRule(3);

    @Test
    void aRequestWithinThreeWorkingDaysOfReceiptIsAllowed() {
        assertThatCode(() -> window.check(LATEST.minusSeconds(3600), LATEST, VIETNAM)).doesNotThrowAnyException();
    }

    @Test
    void aRequestAtTheLastMomentIsAllowed() {
        assertThatCode(() -> window.check(LATEST, LATEST, VIETNAM)).doesNotThrowAnyException();
    }

    @Test
    void aRequestAfterTheWindowIsRefusedNamingTheLastMoment() {
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> window.check(LATEST.plusSeconds(60), LATEST, VIETNAM));
        assertThat(refused.kind()).isEqualTo(ProblemException.Kind.CONFLICT);
        assertThat(refused.getMessage()).isEqualTo("Đã quá 3 ngày làm việc kể từ khi tiếp nhận (hạn cuối 17:00 ngày "
                + "05/03/2026); không được yêu cầu bổ sung hồ sơ nữa mà phải giải quyết hoặc từ chối có lý do.");
    }
}
