package vn.motcua.dossier.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ControlSheetRow;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.PublicDossier;
import vn.motcua.dossier.QueuePage;
import vn.motcua.shared.web.VietnamTime;

/** JSON shapes of the dossier API (contract fields first; more may be added, never renamed). Times in Vietnam. */
final class DossierJson {

    private DossierJson() {}

    static OffsetDateTime time(Instant instant) {
        return VietnamTime.offset(instant);
    }

    record Detail(String code, String status, int nationalStatus, String procedureCode, String channel,
            OffsetDateTime receivedAt, OffsetDateTime dueAt, int version, String lookupSecret, String statusLabel,
            String agencyCode, int procedureVersion, String procedureName, String fieldName, String ruleSet,
            String resultDelivery, Applicant applicant, String stage, String stageLabel, OffsetDateTime submittedAt,
            OffsetDateTime clockStartAt, OffsetDateTime originalDueAt, OffsetDateTime deadlineDueAt,
            boolean extended, int supplementRequests, OffsetDateTime finishedAt, String outcome,
            OffsetDateTime returnedAt, String currentUnit, String assignee, Integer currentStep,
            String currentStepName, OffsetDateTime stepDueAt, long feesDueVnd, boolean feesPaid,
            List<Dossier.Fee> fees, boolean digitized, boolean resultDigitized, String timeliness,
            String timelinessLabel, List<String> availableActions, List<?> results, Object digitization,
            List<?> notifications) {

        static Detail of(Dossier d) {
            return of(d, null);
        }

        static Detail of(Dossier d, List<String> availableActions) {
            return of(d, availableActions, null, null, null);
        }

        /**
         * {@code results}, {@code digitization}: the electronic results and the components' digitisation (module
         * {@code result}); {@code notifications}: the messages sent to the applicant (module {@code notification});
         * null where the answer leaves them out.
         */
        static Detail of(Dossier d, List<String> availableActions, List<?> results, Object digitization,
                List<?> notifications) {
            return new Detail(d.code(), d.status().name(), d.nationalStatus(), d.procedureCode(), d.channel().name(),
                    time(d.receivedAt()), time(d.dueAt()), d.version(), d.lookupSecret(), d.status().label(),
                    d.agencyCode(), d.procedureVersion(), d.procedureName(), d.fieldName(), d.ruleSet(),
                    d.resultDelivery() == null ? null : d.resultDelivery().name(), d.applicant(),
                    d.stage() == null ? null : d.stage().name(), d.stage() == null ? null : d.stage().label(),
                    time(d.submittedAt()), time(d.clockStartAt()), time(d.originalDueAt()), time(d.deadlineDueAt()),
                    d.extended(), d.supplementRequests(), time(d.finishedAt()),
                    d.outcome() == null ? null : d.outcome().name(), time(d.returnedAt()), d.currentUnit(),
                    d.assignee(), d.currentStep(), d.currentStepName(), time(d.stepDueAt()), d.feesDueVnd(),
                    d.feesPaid(), d.fees(), d.digitized(), d.resultDigitized(), d.timeliness().name(),
                    d.timeliness().label(), availableActions, results, digitization, notifications);
        }
    }

    record Event(int seq, String type, String label, OffsetDateTime at, String actor, String reason, Object before,
            Object after, Object data) {

        static Event of(DossierEvent e) {
            return new Event(e.seq(), e.type(), e.label(), time(e.at()), e.actor(), e.reason(), e.before(), e.after(),
                    e.data());
        }
    }

    record Item(String code, String procedureCode, String procedureName, String applicantName, String channel,
            String status, int nationalStatus, String statusLabel, OffsetDateTime receivedAt, OffsetDateTime dueAt,
            String currentUnit, String assignee, String timeliness, String timelinessLabel, boolean overdue,
            boolean nearDue, int version) {

        static Item of(QueuePage.Item i) {
            return new Item(i.code(), i.procedureCode(), i.procedureName(), i.applicantName(), i.channel().name(),
                    i.status().name(), i.status().nationalCode(), i.status().label(), time(i.receivedAt()),
                    time(i.dueAt()), i.currentUnit(), i.assignee(), i.timeliness().name(), i.timeliness().label(),
                    i.overdue(), i.nearDue(), i.version());
        }
    }

    record Page(List<Item> items, int page, int size, long total) {
        static Page of(QueuePage page) {
            return new Page(page.items().stream().map(Item::of).toList(), page.page(), page.size(), page.total());
        }
    }

    record Public(String code, String status, int nationalStatus, String statusLabel, String agencyCode,
            String procedureCode, String procedureName, OffsetDateTime submittedAt, OffsetDateTime receivedAt,
            OffsetDateTime dueAt, OffsetDateTime finishedAt, String outcome, OffsetDateTime returnedAt,
            List<PublicStep> steps) {

        record PublicStep(OffsetDateTime at, String label) {}

        static Public of(PublicDossier p) {
            return new Public(p.code(), p.status().name(), p.nationalStatus(), p.status().label(), p.agencyCode(),
                    p.procedureCode(), p.procedureName(), time(p.submittedAt()), time(p.receivedAt()),
                    time(p.dueAt()), time(p.finishedAt()), p.outcome() == null ? null : p.outcome().label(),
                    time(p.returnedAt()),
                    p.steps().stream().map(s -> new PublicStep(time(s.at()), s.label())).toList());
        }
    }

    record SheetRow(int seq, String kind, String responsible, String action, String handedBy, String handedTo,
            OffsetDateTime startedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt, String finishedBy,
            String outcome, String note, String timeliness, String timelinessLabel) {

        static SheetRow of(ControlSheetRow r) {
            return new SheetRow(r.seq(), r.kind(), r.responsible(), r.action(), r.handedBy(), r.handedTo(),
                    time(r.startedAt()), time(r.dueAt()), time(r.finishedAt()), r.finishedBy(), r.outcome(), r.note(),
                    r.timeliness().name(), r.timeliness().label());
        }
    }
}
