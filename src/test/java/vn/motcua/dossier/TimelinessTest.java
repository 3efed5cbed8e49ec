package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.Problems.assertInvalid;
import static vn.motcua.dossier.Timeliness.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TimelinessTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final TimelinessPolicy IN_VIETNAM = TimelinessPolicy.DEFAULT;
    private static final TimelinessPolicy IN_UTC = TimelinessPolicy.in(ZoneOffset.UTC);
    private static final TimelinessPolicy EXTENSION_NOT_LATE = new TimelinessPolicy(VN, false);

    /** Due at the close of office on Friday 2024-03-15, Hà Nội time. */
    private static final Instant DUE = vn("2024-03-15T17:30");
    /** Period end used as "as of" for finished dossiers: well after everything. */
    private static final Instant LATER = vn("2024-04-30T23:59");

    private static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
    }

    private static Timeliness finishedAt(String end) {
        return Timeliness.classify(DossierTiming.finished(DUE, vn(end)), LATER, IN_VIETNAM);
    }

    @Test
    void finishedOnADateBeforeTheDueDateIsEarly() {
        assertThat(finishedAt("2024-03-14T23:59")).isEqualTo(EARLY);
        assertThat(finishedAt("2024-03-01T08:00")).isEqualTo(EARLY);
    }

    @Test
    void finishedOnTheDueDateNotAfterTheDueTimeIsOnTime() {
        assertThat(finishedAt("2024-03-15T00:00")).isEqualTo(ON_TIME);
        assertThat(finishedAt("2024-03-15T08:00")).isEqualTo(ON_TIME);
        assertThat(finishedAt("2024-03-15T17:29")).isEqualTo(ON_TIME);
    }

    @Test
    void finishedExactlyAtTheDueIsOnTime() {
        assertThat(finishedAt("2024-03-15T17:30")).isEqualTo(ON_TIME);
    }

    @Test
    void finishedOneMinuteAfterTheDueIsLate() {
        assertThat(finishedAt("2024-03-15T17:31")).isEqualTo(LATE);
        assertThat(Timeliness.classify(DossierTiming.finished(DUE, DUE.plusSeconds(1)), LATER, IN_VIETNAM)).isEqualTo(LATE);
        assertThat(finishedAt("2024-03-18T08:00")).isEqualTo(LATE);
    }

    @Test
    void earlyAndOnTimeCompareDatesInTheAgencyZoneNotInUtc() {
        // 00:30 on the due date in Hà Nội is 17:30 of the day before in UTC.
        DossierTiming justAfterMidnight = DossierTiming.finished(DUE, vn("2024-03-15T00:30"));
        assertThat(Timeliness.classify(justAfterMidnight, LATER, IN_VIETNAM)).isEqualTo(ON_TIME);
        assertThat(Timeliness.classify(justAfterMidnight, LATER, IN_UTC)).isEqualTo(EARLY);
        // 23:59 the day before the due date in Hà Nội is 16:59 UTC, the day before in both zones.
        DossierTiming justBeforeMidnight = DossierTiming.finished(DUE, vn("2024-03-14T23:59"));
        assertThat(Timeliness.classify(justBeforeMidnight, LATER, IN_VIETNAM)).isEqualTo(EARLY);
        assertThat(Timeliness.classify(justBeforeMidnight, LATER, IN_UTC)).isEqualTo(EARLY);
    }

    @Test
    void aDueAtLocalMidnightBelongsToThatDay() {
        Instant midnightDue = vn("2024-03-16T00:00");
        assertThat(Timeliness.classify(DossierTiming.finished(midnightDue, vn("2024-03-15T23:59")), LATER, IN_VIETNAM))
                .isEqualTo(EARLY);
        assertThat(Timeliness.classify(DossierTiming.finished(midnightDue, midnightDue), LATER, IN_VIETNAM))
                .isEqualTo(ON_TIME);
        assertThat(Timeliness.classify(DossierTiming.finished(midnightDue, vn("2024-03-16T00:01")), LATER, IN_VIETNAM))
                .isEqualTo(LATE);
    }

    @Test
    void moreThanOneSupplementRequestCountsAsLateEvenWhenFinishedEarly() {
        DossierTiming early = DossierTiming.finished(DUE, vn("2024-03-10T09:00"));
        assertThat(Timeliness.classify(early.withSupplementRequests(1), LATER, IN_VIETNAM)).isEqualTo(EARLY);
        assertThat(Timeliness.classify(early.withSupplementRequests(2), LATER, IN_VIETNAM)).isEqualTo(LATE);
        assertThat(Timeliness.classify(early.withSupplementRequests(3), LATER, IN_VIETNAM)).isEqualTo(LATE);
    }

    @Test
    void unfinishedDossierWithMoreThanOneSupplementRequestIsOverdue() {
        DossierTiming open = DossierTiming.unfinished(DUE).withSupplementRequests(2);
        assertThat(Timeliness.classify(open, vn("2024-03-10T09:00"), IN_VIETNAM)).isEqualTo(OVERDUE);
        assertThat(Timeliness.classify(open.withSupplementRequests(1), vn("2024-03-10T09:00"), IN_VIETNAM))
                .isEqualTo(WITHIN_DEADLINE);
    }

    @Test
    void usedExtensionCountsAsLateByDefault() {
        DossierTiming extended = DossierTiming.finished(DUE, vn("2024-03-15T10:00")).withExtensionUsed(true);
        assertThat(Timeliness.classify(extended, LATER, IN_VIETNAM)).isEqualTo(LATE);
        assertThat(Timeliness.classify(extended, LATER)).isEqualTo(LATE);
        assertThat(Timeliness.classify(DossierTiming.unfinished(DUE).withExtensionUsed(true), vn("2024-03-10T09:00"),
                IN_VIETNAM)).isEqualTo(OVERDUE);
    }

    @Test
    void usedExtensionIsJudgedOnlyAgainstTheDueWhenTheSwitchIsOff() {
        DossierTiming extended = DossierTiming.finished(DUE, vn("2024-03-15T10:00")).withExtensionUsed(true);
        assertThat(Timeliness.classify(extended, LATER, EXTENSION_NOT_LATE)).isEqualTo(ON_TIME);
        assertThat(Timeliness.classify(DossierTiming.finished(DUE, vn("2024-03-16T10:00")).withExtensionUsed(true), LATER,
                EXTENSION_NOT_LATE)).isEqualTo(LATE);
        assertThat(Timeliness.classify(DossierTiming.unfinished(DUE).withExtensionUsed(true), vn("2024-03-10T09:00"),
                EXTENSION_NOT_LATE)).isEqualTo(WITHIN_DEADLINE);
        assertThat(Timeliness.classify(extended.withSupplementRequests(2), LATER, EXTENSION_NOT_LATE)).isEqualTo(LATE);
    }

    @Test
    void unfinishedDossierIsWithinTheDeadlineUpToAndIncludingTheDue() {
        DossierTiming open = DossierTiming.unfinished(DUE);
        assertThat(Timeliness.classify(open, vn("2024-03-10T09:00"), IN_VIETNAM)).isEqualTo(WITHIN_DEADLINE);
        assertThat(Timeliness.classify(open, DUE, IN_VIETNAM)).isEqualTo(WITHIN_DEADLINE);
    }

    @Test
    void unfinishedDossierOneMinuteAfterTheDueIsOverdue() {
        DossierTiming open = DossierTiming.unfinished(DUE);
        assertThat(Timeliness.classify(open, vn("2024-03-15T17:31"), IN_VIETNAM)).isEqualTo(OVERDUE);
        assertThat(Timeliness.classify(open, DUE.plusSeconds(1), IN_VIETNAM)).isEqualTo(OVERDUE);
    }

    @Test
    void unfinishedDossierIsNearDueFromTheGivenInstantUntilTheDue() {
        DossierTiming open = DossierTiming.unfinished(DUE).withNearDueFrom(vn("2024-03-14T17:30"));
        assertThat(Timeliness.classify(open, vn("2024-03-14T17:29"), IN_VIETNAM)).isEqualTo(WITHIN_DEADLINE);
        assertThat(Timeliness.classify(open, vn("2024-03-14T17:30"), IN_VIETNAM)).isEqualTo(NEAR_DUE);
        assertThat(Timeliness.classify(open, DUE, IN_VIETNAM)).isEqualTo(NEAR_DUE);
        assertThat(Timeliness.classify(open, DUE.plusSeconds(60), IN_VIETNAM)).isEqualTo(OVERDUE);
    }

    @Test
    void dossierFinishedAfterTheAsOfInstantIsJudgedAsStillInProgress() {
        Instant periodEnd = vn("2024-03-14T23:59:59");
        DossierTiming finishedLater = DossierTiming.finished(DUE, vn("2024-03-20T09:00"));
        assertThat(Timeliness.classify(finishedLater, periodEnd, IN_VIETNAM)).isEqualTo(WITHIN_DEADLINE);
        assertThat(Timeliness.classify(finishedLater, vn("2024-03-18T00:00"), IN_VIETNAM)).isEqualTo(OVERDUE);
        assertThat(Timeliness.classify(finishedLater, vn("2024-03-20T09:00"), IN_VIETNAM)).isEqualTo(LATE);
    }

    @Test
    void dossierWithoutADueHasNoDeadlineWhetherFinishedOrNot() {
        assertThat(Timeliness.classify(DossierTiming.finished(null, vn("2024-03-20T09:00")), LATER, IN_VIETNAM))
                .isEqualTo(NO_DEADLINE);
        assertThat(Timeliness.classify(DossierTiming.unfinished(null).withNearDueFrom(vn("2024-03-01T00:00")), LATER,
                IN_VIETNAM)).isEqualTo(NO_DEADLINE);
    }

    @Test
    void secondSupplementRequestCountsAsLateEvenWithoutADue() {
        assertThat(Timeliness.classify(DossierTiming.finished(null, vn("2024-03-20T09:00")).withSupplementRequests(2), LATER,
                IN_VIETNAM)).isEqualTo(LATE);
        assertThat(Timeliness.classify(DossierTiming.unfinished(null).withSupplementRequests(2), LATER, IN_VIETNAM))
                .isEqualTo(OVERDUE);
    }

    @Test
    void classesHaveTheirVietnameseLabels() {
        assertThat(Timeliness.values()).extracting(Timeliness::label).containsExactly(
                "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Sắp đến hạn", "Quá hạn", "Không có thời hạn");
        assertThat(Timeliness.values()).filteredOn(Timeliness::isLate).containsExactly(LATE, OVERDUE);
    }

    @Test
    void missingOrImpossibleInputIsRejectedNamingTheField() {
        assertInvalid(() -> DossierTiming.unfinished(DUE).withSupplementRequests(-1), "supplementRequests");
        assertInvalid(() -> Timeliness.classify(null, LATER, IN_VIETNAM), "timing");
        assertInvalid(() -> Timeliness.classify(DossierTiming.unfinished(DUE), null, IN_VIETNAM), "asOf");
        assertInvalid(() -> Timeliness.classify(DossierTiming.unfinished(DUE), LATER, null), "policy");
        assertInvalid(() -> new TimelinessPolicy(null, true), "zone");
    }

    @Test
    void defaultPolicyIsHoChiMinhCityTimeWithExtensionsCountingLate() {
        assertThat(TimelinessPolicy.DEFAULT.zone()).isEqualTo(VN);
        assertThat(TimelinessPolicy.DEFAULT.extensionCountsLate()).isTrue();
        assertThat(TimelinessPolicy.in(ZoneOffset.UTC).extensionCountsLate()).isTrue();
    }
}
