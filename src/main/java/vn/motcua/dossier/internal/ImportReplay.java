package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HistoricalDossier;
import vn.motcua.dossier.HistoricalDossierRefused;
import vn.motcua.dossier.HistoricalDossiers;
import vn.motcua.dossier.Outcome;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.Stage;
import vn.motcua.dossier.internal.rules.Formats;
import vn.motcua.dossier.internal.rules.RuleSet;

/**
 * Replays the events of one historical dossier into its final state and its history, the way the live actions would
 * have changed it: receipt starts the clock and fixes the due date; a complete supplement restarts the clock (new
 * due date as recorded, or recomputed); an extension moves the date promised to the applicant; the first end of
 * processing (resolution, refusal, stop, withdrawal) is the end-of-processing time the dossier is judged by.
 *
 * <p>Readings of the import format: {@code REFUSED} is a refusal after receipt (Decree 61/118 Art. 19(8)), i.e. the
 * dossier is resolved with outcome REFUSED; a refusal before receipt never gives a dossier code and is not imported.
 * {@code WITHDRAWN} ends processing and leaves the dossier at "the citizen asked to withdraw" until a
 * {@code STOPPED} event (or the desk) closes it. Events must come in time order, not before the receipt, and only
 * where the state machine allows them; a rule that changed over time (how many supplement requests, how late an
 * extension) is not checked, since history happened under the rules of its day.
 */
final class ImportReplay {

    /** The final state, the history to write (first the receipt, then one event per line event) and the fees. */
    record Replayed(DossierState dossier, List<EventRepository.NewEvent> events, List<Fee> fees)
            implements HistoricalDossiers.Replayed {}

    /**
     * The version a historical dossier is handled under.
     *
     * @param earliest no version was in force on the receipt date, so the earliest one was taken
     * @param pathSize steps of the version's internal procedure (1: only the desk's own step)
     */
    record Match(ProcedureVersion version, boolean earliest, int pathSize) {}

    /** A fee line as stored. */
    record Fee(String name, long amountVnd, Instant paidAt, boolean paidOnline) {}

    private static final Set<DossierStatus> PROCESSING = EnumSet.of(DossierStatus.RECEIVED,
            DossierStatus.IN_PROGRESS, DossierStatus.SUPPLEMENT_REQUESTED);

    private final Deadlines deadlines;

    ImportReplay(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * @param secret the lookup secret to give the dossier when the line brings none
     * @param origin facts recorded on the receipt event (run, line)
     */
    Replayed replay(HistoricalDossier line, Match match, RuleSet rules, String actor, Instant now,
            String secret, Map<String, Object> origin) {
        ZoneId zone = deadlines.zone(line.agencyCode());
        DossierState d = received(line, match, rules, actor, secret);
        List<EventRepository.NewEvent> history = new ArrayList<>(line.events().size() + 1);
        Map<String, Object> receipt = new LinkedHashMap<>(origin);
        receipt.put("channel", d.channel);
        receipt.put("procedure", d.procedureCode + " (phiên bản " + d.procedureVersion + ")");
        receipt.put("ruleSet", rules.id());
        if (match.earliest()) {
            receipt.put("earliestVersion", true);
        }
        receipt.put("dueAtComputed", line.dueAt() == null);
        receipt.put("importedAt", now);
        history.add(new EventRepository.NewEvent("imported", "Tiếp nhận hồ sơ (nhập từ dữ liệu lịch sử)",
                d.receivedAt, actor, null, null, d.snapshot(), receipt, true));

        Instant previous = d.receivedAt;
        for (HistoricalDossier.Event e : line.events()) {
            if (e.at().isBefore(previous)) {
                throw new HistoricalDossierRefused(e.describe() + " lúc " + Formats.dateTime(e.at(), zone) + " sớm hơn "
                        + (e.position() == 1 ? "thời điểm tiếp nhận" : "sự kiện trước đó") + " ("
                        + Formats.dateTime(previous, zone) + "); các sự kiện phải theo thứ tự thời gian.");
            }
            Map<String, Object> before = d.snapshot();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("importedType", e.type().name());
            String label = apply(d, e, line, match, rules, zone, data);
            DossierState.Changes changes = DossierState.Changes.between(before, d.snapshot());
            history.add(new EventRepository.NewEvent(action(e).slug(), label, e.at(), actor, e.reason(),
                    changes.before(), changes.after(), data, true));
            previous = e.at();
        }
        if (line.currentUnit() != null) {
            d.currentUnit = line.currentUnit();
        }
        d.assignee = line.assignee();
        List<Fee> fees = new ArrayList<>(line.fees().size());
        for (HistoricalDossier.FeeLine fee : line.fees()) {
            fees.add(new Fee(fee.name(), fee.amountVnd(), fee.paid() ? (fee.paidAt() != null ? fee.paidAt()
                    : d.receivedAt) : null, fee.paid() && fee.paidOnline()));
            d.feesDueVnd += fee.amountVnd();
        }
        return new Replayed(d, history, fees);
    }

    private DossierState received(HistoricalDossier line, Match match, RuleSet rules, String actor,
            String secret) {
        DossierState d = new DossierState();
        d.code = line.code();
        d.agencyCode = line.agencyCode();
        d.procedureCode = match.version().code();
        d.procedureVersion = match.version().version();
        d.procedureName = match.version().name();
        d.fieldName = match.version().content().fieldName();
        d.ruleSet = rules.id();
        d.channel = line.channel();
        d.resultDelivery = line.resultDelivery();
        d.applicant = line.applicant();
        d.lookupSecret = line.lookupSecret() != null ? line.lookupSecret() : secret;
        d.status = DossierStatus.RECEIVED;
        d.stage = Stage.AT_DESK;
        d.submittedAt = line.submittedAt() != null ? line.submittedAt() : line.receivedAt();
        d.receivedAt = line.receivedAt();
        d.clockStartAt = line.receivedAt();
        d.originalDueAt = line.dueAt() != null ? line.dueAt()
                : deadlines.due(line.receivedAt(), match.version().content().timeLimit(), line.agencyCode());
        d.deadlineDueAt = d.originalDueAt;
        d.dueAt = d.originalDueAt;
        d.nearDueFrom = deadlines.workingDaysBefore(d.dueAt, rules.nearDueWorkingDays(), line.agencyCode());
        d.currentStep = 0;
        d.digitized = line.digitized();
        d.resultDigitized = line.resultDigitized();
        d.imported = true;
        d.createdBy = actor;
        d.version = 1;
        return d;
    }

    /** Applies one event; returns the label of its history entry. */
    private String apply(DossierState d, HistoricalDossier.Event e, HistoricalDossier line, Match match,
            RuleSet rules, ZoneId zone, Map<String, Object> data) {
        switch (e.type()) {
            case TRANSFERRED -> {
                require(d, e, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS), "chuyển xử lý");
                d.status = DossierStatus.IN_PROGRESS;
                if (e.unit() != null) {
                    d.currentUnit = e.unit();
                    data.put("unit", e.unit());
                }
                // the walk through the internal procedure continues at the first step after the desk's, if any
                d.currentStep = match.pathSize() > 1 ? 1 : null;
                d.stage = d.currentStep == null ? Stage.READY_TO_ISSUE : Stage.PROCESSING;
            }
            case SUPPLEMENT_REQUESTED -> {
                require(d, e, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS), "yêu cầu bổ sung");
                d.status = DossierStatus.SUPPLEMENT_REQUESTED;
                d.supplementRequests++;
                d.supplementRequestedAt = e.at();
                d.stage = Stage.AT_DESK;
            }
            case SUPPLEMENT_RECEIVED -> {
                require(d, e, EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED), "nhận hồ sơ bổ sung");
                if (e.newDueAt() != null && !e.newDueAt().isAfter(e.at())) {
                    throw new HistoricalDossierRefused(e.describe() + ": ngày hẹn mới (newDueAt) phải sau thời điểm nhận hồ sơ "
                            + "bổ sung.");
                }
                Instant previousDue = d.dueAt;
                d.suspendedMinutes += deadlines.workingMinutes(d.supplementRequestedAt, e.at(), d.agencyCode);
                d.clockStartAt = e.at();
                d.deadlineDueAt = e.newDueAt() != null ? e.newDueAt()
                        : deadlines.due(e.at(), match.version().content().timeLimit(), d.agencyCode);
                d.dueAt = d.deadlineDueAt;
                d.nearDueFrom = deadlines.workingDaysBefore(d.dueAt, rules.nearDueWorkingDays(), d.agencyCode);
                d.supplementRequestedAt = null;
                d.status = DossierStatus.IN_PROGRESS;
                d.stage = d.currentStep == null ? Stage.READY_TO_ISSUE : Stage.PROCESSING;
                data.put("previousDueAt", previousDue);
                data.put("newDueAt", d.dueAt);
            }
            case EXTENDED -> {
                require(d, e, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS), "gia hạn");
                if (e.newDueAt() == null) {
                    throw new HistoricalDossierRefused(e.describe() + ": thiếu ngày hẹn trả mới (newDueAt).");
                }
                if (d.dueAt != null && !e.newDueAt().isAfter(d.dueAt)) {
                    throw new HistoricalDossierRefused(e.describe() + ": ngày hẹn trả mới (" + Formats.dateTime(e.newDueAt(), zone)
                            + ") phải sau ngày hẹn hiện tại (" + Formats.dateTime(d.dueAt, zone) + ").");
                }
                data.put("previousDueAt", d.dueAt);
                data.put("newDueAt", e.newDueAt());
                d.extended = true;
                d.dueAt = e.newDueAt();
            }
            case RESOLVED, REFUSED -> {
                Outcome outcome = outcome(e);
                require(d, e, PROCESSING, outcome == Outcome.REFUSED ? "từ chối giải quyết" : "giải quyết");
                d.outcome = outcome;
                d.status = DossierStatus.RESOLVED;
                endProcessing(d, e.at());
                data.put("outcome", outcome);
                return outcome == Outcome.REFUSED ? "Từ chối giải quyết hồ sơ" : DossierAction.RESOLVE.label();
            }
            case RETURNED -> {
                if (d.status != DossierStatus.RESOLVED && !d.status.isTerminal()) {
                    throw new HistoricalDossierRefused(e.describe() + ": không thể trả kết quả khi hồ sơ chưa được giải quyết "
                            + "(trạng thái \"" + d.status.label() + "\"); sự kiện RESOLVED phải có trước RETURNED.");
                }
                require(d, e, EnumSet.of(DossierStatus.RESOLVED), "trả kết quả");
                d.status = DossierStatus.RETURNED;
                d.returnedAt = e.at();
                d.resultDelivery = line.resultDelivery() != null ? line.resultDelivery() : ResultDelivery.DESK;
                data.put("delivery", d.resultDelivery);
            }
            case STOPPED -> {
                Set<DossierStatus> from = EnumSet.copyOf(PROCESSING);
                from.add(DossierStatus.WITHDRAWAL_REQUESTED);
                require(d, e, from, "dừng xử lý");
                d.status = DossierStatus.STOPPED;
                endProcessing(d, e.at());
            }
            case WITHDRAWN -> {
                require(d, e, PROCESSING, "rút hồ sơ");
                d.status = DossierStatus.WITHDRAWAL_REQUESTED;
                endProcessing(d, e.at());
            }
            default -> throw new IllegalArgumentException(e.type().name());
        }
        return action(e).label();
    }

    private static Outcome outcome(HistoricalDossier.Event e) {
        if (e.type() == HistoricalDossier.EventType.REFUSED) {
            if (e.outcome() != null && e.outcome() != Outcome.REFUSED) {
                throw new HistoricalDossierRefused(e.describe() + ": sự kiện từ chối giải quyết không thể có kết quả "
                        + e.outcome() + ".");
            }
            return Outcome.REFUSED;
        }
        if (e.outcome() == null) {
            throw new HistoricalDossierRefused(e.describe() + ": thiếu kết quả giải quyết (outcome: GRANTED hoặc REFUSED).");
        }
        return e.outcome();
    }

    /** The first end of processing is the one the dossier is judged by; later ones keep it. */
    private static void endProcessing(DossierState d, Instant at) {
        if (d.finishedAt == null) {
            d.finishedAt = at;
        }
        d.stage = null;
        d.currentStep = null;
        d.stepDueAt = null;
    }

    private static void require(DossierState d, HistoricalDossier.Event e, Set<DossierStatus> from, String what) {
        if (from.contains(d.status)) {
            return;
        }
        throw new HistoricalDossierRefused(e.describe() + ": không thể " + what + " khi hồ sơ đang ở trạng thái \""
                + d.status.label() + "\"" + (d.status.isTerminal() ? " (hồ sơ đã kết thúc)" : "") + ".");
    }

    /** The live action an imported event stands for: its history entries then read alike. */
    private static DossierAction action(HistoricalDossier.Event e) {
        return switch (e.type()) {
            case TRANSFERRED -> DossierAction.TRANSFER;
            case SUPPLEMENT_REQUESTED -> DossierAction.REQUEST_SUPPLEMENT;
            case SUPPLEMENT_RECEIVED -> DossierAction.RECEIVE_SUPPLEMENT;
            case EXTENDED -> DossierAction.EXTEND;
            case RESOLVED, REFUSED -> DossierAction.RESOLVE;
            case RETURNED -> DossierAction.RETURN_RESULT;
            case STOPPED -> DossierAction.STOP;
            case WITHDRAWN -> DossierAction.WITHDRAW;
        };
    }
}
