package vn.motcua.dossier.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.ProblemException;

class ExtensionNoticeRuleTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Due at 16:00 on Friday 13/03/2026; one working day before is 16:00 on Thursday 12/03/2026. */
    private static final Instant DUE = Instant.parse("2026-03-13T09:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-03-12T09:00:00Z");

    private final ExtensionNoticeRule notice = new ExtensionNoticeRule(1);

    @Test
    void anExtensionAskedBeforeTheNoticePeriodIsAllowed() {
        assertThatCode(() -> notice.check(LATEST.minusSeconds(60), DUE, LATEST, VIETNAM)).doesNotThrowAnyException();
        assertThatCode(() -> notice.check(LATEST, DUE, LATEST, VIETNAM)).doesNotThrowAnyException();
    }

    @Test
    void anExtensionAskedWithinTheNoticePeriodIsRefusedNamingBothDates() {
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> notice.check(LATEST.plusSeconds(60), DUE, LATEST, VIETNAM));
        assertThat(refused.kind()).isEqualTo(ProblemException.Kind.CONFLICT);
        assertThat(refused.getMessage()).isEqualTo("Văn bản xin lỗi và gia hạn phải được gửi chậm nhất 1 ngày làm "
                + "việc trước ngày hẹn trả (16:00 ngày 13/03/2026), tức trước 16:00 ngày 12/03/2026.");
    }
}
