package vn.motcua.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.PublicationDecision;
import vn.motcua.catalog.SearchPage;
import vn.motcua.catalog.SearchQuery;
import vn.motcua.ledger.DossierLedger;
import vn.motcua.ledger.LedgerDossier;
import vn.motcua.ledger.LedgerFigure;
import vn.motcua.ledger.LedgerRow;
import vn.motcua.identity.Agency;
import vn.motcua.reporting.CatalogReport;
import vn.motcua.reporting.IndexEntry;
import vn.motcua.reporting.IndexMetric;
import vn.motcua.reporting.IndexReport;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.reporting.ReportDocument;
import vn.motcua.reporting.Reports;
import vn.motcua.reporting.ResolutionReport;
import vn.motcua.reporting.ResolutionReport.Counts;

/** Reports from the ledger and the catalog; the index is delegated to {@link IndexCalculator}. */
@Service
class ReportService implements Reports {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Most dossiers a drill-down lists. */
    static final int DRILL_LIMIT = 5000;

    private final DossierLedger ledger;
    private final Catalog catalog;
    private final ReportAccess access;
    private final IndexCalculator index;
    private final Letterheads letterheads;

    ReportService(DossierLedger ledger, Catalog catalog, ReportAccess access, IndexCalculator index,
            Letterheads letterheads) {
        this.ledger = ledger;
        this.catalog = catalog;
        this.access = access;
        this.index = index;
        this.letterheads = letterheads;
    }

    @Override
    public byte[] document(ReportDocument report, String actor) {
        Agency found = access.requireReader(report.agencyCode(), actor);
        return ReportDocuments.report(report, report.issuedOn() == null ? letterheads.of(found.code().value())
                : letterheads.of(found.code().value(), report.issuedOn()));
    }

    @Override
    public ResolutionReport resolution(String agency, ReportingPeriod period, String actor) {
        Agency found = access.requireReader(agency, actor);
        List<LedgerRow> ledgerRows = ledger.counts(found.code().value(), period.startInstant(VIETNAM),
                period.endExclusiveInstant(VIETNAM));
        List<ResolutionReport.Row> rows = new ArrayList<>();
        Map<LedgerFigure, Long> sums = new LinkedHashMap<>();
        for (LedgerRow row : ledgerRows) {
            rows.add(new ResolutionReport.Row(row.field() == null ? "Chưa phân lĩnh vực" : row.field(), counts(row)));
            row.counts().forEach((figure, value) -> sums.merge(figure, value, Long::sum));
        }
        LedgerRow total = new LedgerRow(null, sums);
        Counts totals = counts(total);
        return new ResolutionReport(found.code().value(), found.name(), period.name(), period.from(), period.to(),
                totals, rows, eService(total), checks(totals, rows));
    }

    static Counts counts(LedgerRow row) {
        return new Counts(
                new ResolutionReport.Received(row.get(LedgerFigure.RECEIVED), row.get(LedgerFigure.CARRIED_OVER),
                        row.get(LedgerFigure.RECEIVED_ONLINE), row.get(LedgerFigure.RECEIVED_DIRECT_OR_POSTAL)),
                new ResolutionReport.Resolved(row.get(LedgerFigure.RESOLVED), row.get(LedgerFigure.RESOLVED_EARLY),
                        row.get(LedgerFigure.RESOLVED_ON_TIME), row.get(LedgerFigure.RESOLVED_LATE)),
                new ResolutionReport.InProgress(row.get(LedgerFigure.IN_PROGRESS),
                        row.get(LedgerFigure.IN_PROGRESS_WITHIN_DEADLINE), row.get(LedgerFigure.IN_PROGRESS_OVERDUE)));
    }

    private static ResolutionReport.EService eService(LedgerRow total) {
        long received = total.get(LedgerFigure.RECEIVED_NEW);
        long online = total.get(LedgerFigure.RECEIVED_ONLINE);
        return new ResolutionReport.EService(received, online, ratio(online, received),
                total.get(LedgerFigure.FEE_BEARING), total.get(LedgerFigure.PAID_ONLINE),
                total.get(LedgerFigure.DIGITIZED_AT_INTAKE), total.get(LedgerFigure.RESULT_DIGITIZED));
    }

    static BigDecimal ratio(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    /** The arithmetic of form II.06a, on the total and on every row, and rows adding up to the total. */
    static List<ResolutionReport.Check> checks(Counts total, List<ResolutionReport.Row> rows) {
        List<ResolutionReport.Check> checks = new ArrayList<>();
        checks.add(new ResolutionReport.Check("received.total = carriedOver + online + directOrPostal",
                rows.stream().map(ResolutionReport.Row::counts).allMatch(ReportService::receivedAddsUp)
                        && receivedAddsUp(total)));
        checks.add(new ResolutionReport.Check("resolved.total = early + onTime + late",
                rows.stream().map(ResolutionReport.Row::counts).allMatch(ReportService::resolvedAddsUp)
                        && resolvedAddsUp(total)));
        checks.add(new ResolutionReport.Check("inProgress.total = withinDeadline + overdue",
                rows.stream().map(ResolutionReport.Row::counts).allMatch(ReportService::inProgressAddsUp)
                        && inProgressAddsUp(total)));
        checks.add(new ResolutionReport.Check("received.total = resolved.total + inProgress.total",
                rows.stream().map(ResolutionReport.Row::counts).allMatch(ReportService::balances) && balances(total)));
        checks.add(new ResolutionReport.Check("total = sum of the rows",
                rows.stream().mapToLong(r -> r.counts().received().total()).sum() == total.received().total()
                        && rows.stream().mapToLong(r -> r.counts().resolved().total()).sum() == total.resolved().total()
                        && rows.stream().mapToLong(r -> r.counts().inProgress().total()).sum()
                                == total.inProgress().total()));
        return checks;
    }

    private static boolean receivedAddsUp(Counts c) {
        return c.received().total() == c.received().carriedOver() + c.received().online() + c.received().directOrPostal();
    }

    private static boolean resolvedAddsUp(Counts c) {
        return c.resolved().total() == c.resolved().early() + c.resolved().onTime() + c.resolved().late();
    }

    private static boolean inProgressAddsUp(Counts c) {
        return c.inProgress().total() == c.inProgress().withinDeadline() + c.inProgress().overdue();
    }

    private static boolean balances(Counts c) {
        return c.received().total() == c.resolved().total() + c.inProgress().total();
    }

    @Override
    public List<LedgerDossier> dossiers(String agency, ReportingPeriod period, LedgerFigure figure, String field,
            String actor) {
        Agency found = access.requireReader(agency, actor);
        return ledger.dossiers(found.code().value(), period.startInstant(VIETNAM), period.endExclusiveInstant(VIETNAM),
                figure, field, DRILL_LIMIT);
    }

    @Override
    public CatalogReport catalog(String agency, ReportingPeriod period, String actor) {
        String code = access.requireReader(agency, actor).code().value();
        List<ProcedureSummary> active = activeProcedures(catalog, code);
        Map<String, Long> byLevel = new LinkedHashMap<>();
        long full = 0;
        long partial = 0;
        long withPlan = 0;
        for (ProcedureSummary procedure : active) {
            byLevel.merge(procedure.level() == null ? "Chưa xác định" : procedure.level().label(), 1L, Long::sum);
            if (procedure.onlineLevel() == vn.motcua.catalog.OnlineLevel.FULL) {
                full++;
            } else if (procedure.onlineLevel() == vn.motcua.catalog.OnlineLevel.PARTIAL) {
                partial++;
            }
            if (catalog.internalProcedure(code, procedure.code(), procedure.version()).isPresent()) {
                withPlan++;
            }
        }
        List<CatalogReport.Decision> decisions = new ArrayList<>();
        for (PublicationDecision decision : catalog.decisions(code)) {
            if (period.contains(decision.signedOn())) {
                decisions.add(new CatalogReport.Decision(decision.number(), decision.signedOn(),
                        decision.effectiveOn(), decision.signer(), decision.items().size()));
            }
        }
        var feed = catalog.feed(code, period.from(), period.to());
        return new CatalogReport(code, period.name(), period.from(), period.to(), active.size(), byLevel, full,
                partial, active.size(), withPlan, decisions, feed.totals().published(), feed.totals().amended(),
                feed.totals().replaced(), feed.totals().abolished());
    }

    /** Every procedure of the agency in force now, all pages. */
    static List<ProcedureSummary> activeProcedures(Catalog catalog, String agency) {
        List<ProcedureSummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            SearchPage<ProcedureSummary> found = catalog.search(new SearchQuery(agency, null, null, null,
                    ProcedureStatus.ACTIVE, null, false, page, SearchQuery.MAX_SIZE));
            all.addAll(found.items());
            if (found.items().size() < SearchQuery.MAX_SIZE) {
                return all;
            }
        }
    }

    @Override
    public IndexReport index(String agency, ReportingPeriod period, String actor) {
        Agency found = access.requireReader(agency, actor);
        return new IndexReport(found.code().value(), period.name(), period.from(), period.to(),
                index.compute(found.code().value(), period));
    }

    @Override
    public List<IndexEntry> explain(String agency, ReportingPeriod period, IndexMetric metric, boolean numerator,
            String actor) {
        Agency found = access.requireReader(agency, actor);
        return index.explain(found.code().value(), period, metric, numerator);
    }
}
