package vn.motcua.reporting.internal;

import static vn.motcua.ledger.LedgerFigure.DIGITIZED_AT_INTAKE;
import static vn.motcua.ledger.LedgerFigure.FEE_BEARING;
import static vn.motcua.ledger.LedgerFigure.IN_PROGRESS_OVERDUE;
import static vn.motcua.ledger.LedgerFigure.IN_PROGRESS_WITHIN_DEADLINE;
import static vn.motcua.ledger.LedgerFigure.PAID_ONLINE;
import static vn.motcua.ledger.LedgerFigure.RATED_NOT_SATISFIED;
import static vn.motcua.ledger.LedgerFigure.RECEIVED;
import static vn.motcua.ledger.LedgerFigure.RECEIVED_IDENTIFIED;
import static vn.motcua.ledger.LedgerFigure.RECEIVED_NEW;
import static vn.motcua.ledger.LedgerFigure.RECEIVED_ONLINE;
import static vn.motcua.ledger.LedgerFigure.RESOLVED;
import static vn.motcua.ledger.LedgerFigure.RESOLVED_EARLY;
import static vn.motcua.ledger.LedgerFigure.RESOLVED_LATE;
import static vn.motcua.ledger.LedgerFigure.RESOLVED_ON_TIME;
import static vn.motcua.ledger.LedgerFigure.RESULT_DIGITIZED;
import static vn.motcua.ledger.LedgerFigure.REUSED_DATA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.PublicationDecision;
import vn.motcua.feedback.FeedbackFigure;
import vn.motcua.feedback.FeedbackFigures;
import vn.motcua.integration.DossierSyncFigures;
import vn.motcua.ledger.DossierLedger;
import vn.motcua.ledger.LedgerFigure;
import vn.motcua.ledger.LedgerRow;
import vn.motcua.reporting.IndexEntry;
import vn.motcua.reporting.IndexMetric;
import vn.motcua.reporting.IndexResult;
import vn.motcua.reporting.IndexScoring;
import vn.motcua.reporting.MetricScore;
import vn.motcua.reporting.ReportingPeriod;

/**
 * The Decision 766 metrics this system has data for, from the dossier ledger, the feedback register and the catalog; the others are
 * reported as not available, with the reason. Every figure can list what stands behind it ({@link #explain}).
 */
@Component
class IndexCalculator {

    /** Working days for a provincial announcement before the effective date, and for publication after it. */
    static final int PROVINCE_WORKING_DAYS = 5;

    /** Ledger metrics: the figures summed in the numerator and in the denominator. */
    private record LedgerMeasure(List<LedgerFigure> numerator, List<LedgerFigure> denominator) {}

    private static final Map<IndexMetric, LedgerMeasure> LEDGER = new EnumMap<>(Map.of(
            IndexMetric.ON_TIME_PROCESSING, new LedgerMeasure(
                    List.of(RESOLVED_EARLY, RESOLVED_ON_TIME, IN_PROGRESS_WITHIN_DEADLINE), List.of(RECEIVED)),
            IndexMetric.ONLINE_DOSSIER_RATE, new LedgerMeasure(List.of(RECEIVED_ONLINE), List.of(RECEIVED_NEW)),
            IndexMetric.ONLINE_PAYMENT_DOSSIER, new LedgerMeasure(List.of(PAID_ONLINE), List.of(FEE_BEARING)),
            IndexMetric.ORIGINAL_RESULT_AVAILABLE, new LedgerMeasure(List.of(RESULT_DIGITIZED), List.of(RESOLVED)),
            IndexMetric.SO_HOA_GIAY_TO_GIAI_QUYET, new LedgerMeasure(List.of(DIGITIZED_AT_INTAKE),
                    List.of(RECEIVED_NEW)),
            IndexMetric.REUSED_DIGITIZED_DATA, new LedgerMeasure(List.of(REUSED_DATA), List.of(RECEIVED_NEW)),
            IndexMetric.CITIZEN_DATA_CONNECTED_DOSSIER, new LedgerMeasure(List.of(RECEIVED_IDENTIFIED),
                    List.of(RECEIVED_NEW)),
            IndexMetric.DOSSIER_RECEIVING_SATISFACTION, new LedgerMeasure(
                    List.of(RESOLVED_LATE, IN_PROGRESS_OVERDUE, RATED_NOT_SATISFIED), List.of(RECEIVED))));

    /** Feedback metrics (§5.2, §5.3): the figures summed in the numerator and the denominator. */
    private record FeedbackMeasure(List<FeedbackFigure> numerator, List<FeedbackFigure> denominator) {}

    private static final Map<IndexMetric, FeedbackMeasure> FEEDBACK = new EnumMap<>(Map.of(
            IndexMetric.PETITION_PROCESSING_ON_TIME, new FeedbackMeasure(
                    List.of(FeedbackFigure.HANDLED_ON_TIME, FeedbackFigure.IN_PROGRESS_WITHIN_TIME),
                    List.of(FeedbackFigure.HANDLED, FeedbackFigure.IN_PROGRESS)),
            IndexMetric.PETITION_HANDLING_SATISFACTION, new FeedbackMeasure(
                    List.of(FeedbackFigure.RECEIVED), List.of(FeedbackFigure.RECEIVED))));

    private final DossierLedger ledger;
    private final FeedbackFigures feedback;
    private final Catalog catalog;
    private final WorkingCalendar calendar;
    private final DossierSyncFigures sync;
    private final IndexScoring scoring = IndexScoring.standard();

    IndexCalculator(DossierLedger ledger, FeedbackFigures feedback, Catalog catalog, WorkingCalendar calendar,
            DossierSyncFigures sync) {
        this.sync = sync;
        this.ledger = ledger;
        this.feedback = feedback;
        this.catalog = catalog;
        this.calendar = calendar;
    }

    IndexResult compute(String agency, ReportingPeriod period) {
        LedgerRow totals = totals(agency, period);
        Map<FeedbackFigure, Long> feedbackCounts = feedback.counts(agency,
                period.startInstant(ReportService.VIETNAM), period.endExclusiveInstant(ReportService.VIETNAM));
        CatalogFacts facts = catalogFacts(agency, period);
        List<MetricScore> scores = new ArrayList<>();
        for (IndexMetric metric : IndexMetric.values()) {
            scores.add(metric == IndexMetric.DOSSIER_SYNC ? syncScore(agency, period, totals)
                    : score(metric, totals, feedbackCounts, facts));
        }
        return scoring.total(scores);
    }

    private MetricScore score(IndexMetric metric, LedgerRow totals, Map<FeedbackFigure, Long> feedbackCounts,
            CatalogFacts facts) {
        if (metric == IndexMetric.PETITION_HANDLING_SATISFACTION) {
            long received = feedbackCounts.get(FeedbackFigure.RECEIVED);
            return scoring.score(metric, received - feedbackCounts.get(FeedbackFigure.NOT_SATISFYING), received);
        }
        FeedbackMeasure feedbackMeasure = FEEDBACK.get(metric);
        if (feedbackMeasure != null) {
            return scoring.score(metric, feedbackMeasure.numerator().stream().mapToLong(feedbackCounts::get).sum(),
                    feedbackMeasure.denominator().stream().mapToLong(feedbackCounts::get).sum());
        }
        if (metric == IndexMetric.DOSSIER_RECEIVING_SATISFACTION) {
            return scoring.dossierReceivingSatisfaction(totals.get(RECEIVED),
                    totals.get(RESOLVED_LATE) + totals.get(IN_PROGRESS_OVERDUE), totals.get(RATED_NOT_SATISFIED));
        }
        LedgerMeasure measure = LEDGER.get(metric);
        if (measure != null) {
            return scoring.score(metric, sum(totals, measure.numerator()), sum(totals, measure.denominator()));
        }
        List<IndexEntry> denominator = facts.entries(metric, false);
        return scoring.score(metric, facts.entries(metric, true).size(), denominator.size());
    }

    /**
     * 1.4: the dossiers newly received in the period that this system synchronised with the national portal ÷ the
     * dossiers newly received (the ledger's figure; the portal's own count is not available here). Not available
     * while the portal integration is off. Imported historical dossiers count in the denominator but were never sent
     * by this system.
     */
    private MetricScore syncScore(String agency, ReportingPeriod period, LedgerRow totals) {
        var reason = sync.unavailableReason();
        if (reason.isPresent()) {
            return scoring.notMeasured(IndexMetric.DOSSIER_SYNC, reason.get());
        }
        long received = totals.get(RECEIVED_NEW);
        long synced = sync.synced(agency, period.startInstant(ReportService.VIETNAM),
                period.endExclusiveInstant(ReportService.VIETNAM));
        return scoring.score(IndexMetric.DOSSIER_SYNC, Math.min(synced, received), received);
    }

    List<IndexEntry> explain(String agency, ReportingPeriod period, IndexMetric metric, boolean numerator) {
        if (metric == IndexMetric.DOSSIER_SYNC) {
            return List.of();
        }
        FeedbackMeasure feedbackMeasure = FEEDBACK.get(metric);
        if (feedbackMeasure != null) {
            return feedbackEntries(agency, period, metric, numerator, feedbackMeasure);
        }
        LedgerMeasure measure = LEDGER.get(metric);
        if (measure == null) {
            return catalogFacts(agency, period).entries(metric, numerator);
        }
        List<IndexEntry> entries = new ArrayList<>();
        for (LedgerFigure figure : numerator ? measure.numerator() : measure.denominator()) {
            ledger.dossiers(agency, period.startInstant(ReportService.VIETNAM),
                    period.endExclusiveInstant(ReportService.VIETNAM), figure, null, ReportService.DRILL_LIMIT)
                    .forEach(d -> entries.add(new IndexEntry(d.code(), d.procedureName(), figure.label())));
        }
        return entries;
    }

    /**
     * The feedback behind a §5.2/§5.3 figure; for satisfaction the numerator lists the received feedback that did
     * not count against it.
     */
    private List<IndexEntry> feedbackEntries(String agency, ReportingPeriod period, IndexMetric metric,
            boolean numerator, FeedbackMeasure measure) {
        java.time.Instant from = period.startInstant(ReportService.VIETNAM);
        java.time.Instant to = period.endExclusiveInstant(ReportService.VIETNAM);
        List<IndexEntry> entries = new ArrayList<>();
        if (metric == IndexMetric.PETITION_HANDLING_SATISFACTION && numerator) {
            java.util.Set<String> against = new java.util.HashSet<>();
            feedback.records(agency, from, to, FeedbackFigure.NOT_SATISFYING, ReportService.DRILL_LIMIT)
                    .forEach(f -> against.add(f.code()));
            feedback.records(agency, from, to, FeedbackFigure.RECEIVED, ReportService.DRILL_LIMIT).stream()
                    .filter(f -> !against.contains(f.code()))
                    .forEach(f -> entries.add(new IndexEntry(f.code(), f.subject(), "không bị đánh giá chưa hài lòng, "
                            + "không quá hạn")));
            return entries;
        }
        for (FeedbackFigure figure : numerator ? measure.numerator() : measure.denominator()) {
            feedback.records(agency, from, to, figure, ReportService.DRILL_LIMIT)
                    .forEach(f -> entries.add(new IndexEntry(f.code(), f.subject(), figure.label())));
        }
        return entries;
    }

    private LedgerRow totals(String agency, ReportingPeriod period) {
        Map<LedgerFigure, Long> sums = new EnumMap<>(LedgerFigure.class);
        ledger.counts(agency, period.startInstant(ReportService.VIETNAM), period.endExclusiveInstant(ReportService.VIETNAM))
                .forEach(row -> row.counts().forEach((figure, value) -> sums.merge(figure, value, Long::sum)));
        return new LedgerRow(null, sums);
    }

    private static long sum(LedgerRow row, List<LedgerFigure> figures) {
        return figures.stream().mapToLong(row::get).sum();
    }

    /** The procedures in force and the decision items of the period, with each catalog metric's rule. */
    private CatalogFacts catalogFacts(String agency, ReportingPeriod period) {
        List<ProcedureSummary> active = ReportService.activeProcedures(catalog, agency);
        List<Item> items = new ArrayList<>();
        for (PublicationDecision decision : catalog.decisions(agency)) {
            if (period.contains(decision.signedOn())) {
                for (PublicationDecision.Item item : decision.items()) {
                    items.add(new Item(decision, item.code()));
                }
            }
        }
        return new CatalogFacts(agency, active, items);
    }

    private record Item(PublicationDecision decision, String code) {}

    private final class CatalogFacts {
        private final String agency;
        private final List<ProcedureSummary> active;
        private final List<Item> items;

        CatalogFacts(String agency, List<ProcedureSummary> active, List<Item> items) {
            this.agency = agency;
            this.active = active;
            this.items = items;
        }

        List<IndexEntry> entries(IndexMetric metric, boolean numerator) {
            return switch (metric) {
                case PUBLISH_ON_TIME -> decisionItems(numerator ? this::announcedInTime : item -> true,
                        "công bố trước ngày có hiệu lực ít nhất " + PROVINCE_WORKING_DAYS + " ngày làm việc");
                case PUBLIC_UPDATE_ON_TIME -> decisionItems(numerator ? this::publishedInTime : item -> true,
                        "cập nhật, công khai trong " + PROVINCE_WORKING_DAYS + " ngày làm việc kể từ ngày ký");
                case PUBLIC_CONTENT_FULL -> procedures(numerator ? this::complete : p -> true, "đủ bộ phận cấu thành");
                case ONLINE_SERVICE_PROVISION -> procedures(numerator ? p -> p.onlineLevel() == OnlineLevel.FULL
                        || p.onlineLevel() == OnlineLevel.PARTIAL : p -> true, "cung cấp dịch vụ công trực tuyến");
                default -> throw new IllegalArgumentException(metric.name());
            };
        }

        private List<IndexEntry> decisionItems(Predicate<Item> rule, String detail) {
            return items.stream().filter(rule).map(item -> new IndexEntry(item.code(),
                    "Quyết định " + item.decision().number(), detail)).toList();
        }

        private List<IndexEntry> procedures(Predicate<ProcedureSummary> rule, String detail) {
            return active.stream().filter(rule).map(p -> new IndexEntry(p.code(), p.name(), detail)).toList();
        }

        private boolean announcedInTime(Item item) {
            return !item.decision().signedOn().isAfter(
                    workingDaysFrom(item.decision().effectiveOn(), -PROVINCE_WORKING_DAYS));
        }

        private boolean publishedInTime(Item item) {
            LocalDate recorded = LocalDate.ofInstant(item.decision().recordedAt(), ReportService.VIETNAM);
            return !recorded.isAfter(workingDaysFrom(item.decision().signedOn(), PROVINCE_WORKING_DAYS));
        }

        /** Decree 63/2010 Art. 8(2): name, steps, channels, documents, time limit, applicants, implementing agency. */
        private boolean complete(ProcedureSummary summary) {
            ProcedureContent c = catalog.current(agency, summary.code()).content();
            return c.name() != null && !c.steps().isEmpty() && !c.channels().isEmpty() && !c.documents().isEmpty()
                    && c.timeLimit() != null && !c.applicantTypes().isEmpty() && c.implementingAgency() != null;
        }
    }

    /** The day {@code count} working days after (or, negative, before) {@code day}. */
    private LocalDate workingDaysFrom(LocalDate day, int count) {
        LocalDate at = day;
        int step = count < 0 ? -1 : 1;
        for (int left = Math.abs(count); left > 0; ) {
            at = at.plusDays(step);
            if (calendar.isWorkingDay(at)) {
                left--;
            }
        }
        return at;
    }
}
