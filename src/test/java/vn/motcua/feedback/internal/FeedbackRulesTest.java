package vn.motcua.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.feedback.FeedbackAction;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.identity.Role;

class FeedbackRulesTest {

    static final Instant FORWARD = Instant.parse("2026-03-09T10:30:00Z");
    static final Instant HANDLING = Instant.parse("2026-03-23T10:30:00Z");
    static final Instant PUBLICATION = Instant.parse("2026-03-25T10:30:00Z");

    @Test
    void aReceivedFeedbackIsClassifiedRefusedForwardedOrSentBackForMoreButNotYetAnswered() {
        assertThat(FeedbackRules.allowed(FeedbackStatus.RECEIVED)).containsExactlyInAnyOrder(FeedbackAction.ACCEPT,
                FeedbackAction.REJECT, FeedbackAction.REQUEST_SUPPLEMENT, FeedbackAction.FORWARD);
        assertThat(FeedbackRules.allows(FeedbackStatus.RECEIVED, FeedbackAction.ANSWER)).isFalse();
    }

    @Test
    void onlyAnAnswerIsPublishedAndOnlyAnAnswerOrItsPublicationIsRated() {
        for (FeedbackStatus status : FeedbackStatus.values()) {
            assertThat(FeedbackRules.allows(status, FeedbackAction.PUBLISH)).as(status.name())
                    .isEqualTo(status == FeedbackStatus.ANSWERED);
            assertThat(FeedbackRules.allows(status, FeedbackAction.RATE)).as(status.name())
                    .isEqualTo(status == FeedbackStatus.ANSWERED || status == FeedbackStatus.PUBLISHED);
        }
    }

    @Test
    void aRefusedOrForwardedFeedbackIsClosed() {
        assertThat(FeedbackRules.allowed(FeedbackStatus.REJECTED)).isEmpty();
        assertThat(FeedbackRules.allowed(FeedbackStatus.FORWARDED)).isEmpty();
    }

    @Test
    void theSubmittersTimeIsNotTheAgencysWhileASupplementIsAwaitedNothingIsDue() {
        assertThat(FeedbackRules.stageDue(FeedbackStatus.SUPPLEMENT_REQUESTED, FORWARD, HANDLING, null)).isNull();
        assertThat(FeedbackRules.stageDue(FeedbackStatus.RECEIVED, FORWARD, HANDLING, null))
                .as("classification waits on the forwarding limit").isEqualTo(FORWARD);
        assertThat(FeedbackRules.stageDue(FeedbackStatus.ASSIGNED, FORWARD, HANDLING, null)).isEqualTo(HANDLING);
        assertThat(FeedbackRules.stageDue(FeedbackStatus.ANSWERED, FORWARD, HANDLING, PUBLICATION))
                .isEqualTo(PUBLICATION);
        assertThat(FeedbackRules.stageDue(FeedbackStatus.PUBLISHED, FORWARD, HANDLING, PUBLICATION)).isNull();
    }

    @Test
    void theControlFocalPointAndLeadersClassifyUnitHeadsAssignAndNoOfficialRatesForTheSubmitter() {
        assertThat(FeedbackRules.roles(FeedbackAction.ACCEPT)).containsExactlyInAnyOrder(Role.CONTROL_OFFICER,
                Role.LEADER);
        assertThat(FeedbackRules.roles(FeedbackAction.ASSIGN)).contains(Role.UNIT_HEAD);
        assertThat(FeedbackRules.roles(FeedbackAction.RECEIVE_SUPPLEMENT)).contains(Role.DESK_OFFICER);
        assertThat(FeedbackRules.roles(FeedbackAction.RATE)).isEmpty();
    }
}
