package vn.motcua.dossier.internal;

import static vn.motcua.shared.jdbc.Columns.instant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.ControlSheetRow;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PublicDossier;
import vn.motcua.dossier.QueuePage;
import vn.motcua.dossier.QueueQuery;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.dossier.SubmittedDossier;
import vn.motcua.dossier.internal.rules.RuleSet;
import vn.motcua.dossier.internal.rules.WorkflowPath;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.UserAccount;
import vn.motcua.shared.ProblemException;

/** Reads for people: the dossier view, work lists, the public tracking view and the control sheet. */
@Component
class DossierReader {

    /** Statuses where the dossier waits at the one-stop desk. */
    private static final List<String> DESK_STATUSES = List.of(DossierStatus.SUBMITTED.name(),
            DossierStatus.INTAKE_SUPPLEMENT.name(), DossierStatus.RECEIVED.name(),
            DossierStatus.SUPPLEMENT_REQUESTED.name(), DossierStatus.WITHDRAWAL_REQUESTED.name(),
            DossierStatus.RESOLVED.name());
    private static final String OPEN = "status NOT IN ('NOT_ACCEPTED', 'STOPPED', 'RETURNED')";

    private final JdbcClient jdbc;
    private final DossierRepository repository;
    private final FeeRepository fees;
    private final EventRepository events;
    private final StepRepository steps;
    private final RuleSetRepository ruleSets;
    private final Deadlines deadlines;
    private final vn.motcua.catalog.Catalog catalog;

    DossierReader(JdbcClient jdbc, DossierRepository repository, FeeRepository fees, EventRepository events,
            StepRepository steps, RuleSetRepository ruleSets, Deadlines deadlines, vn.motcua.catalog.Catalog catalog) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.fees = fees;
        this.events = events;
        this.steps = steps;
        this.ruleSets = ruleSets;
        this.deadlines = deadlines;
        this.catalog = catalog;
    }

    Dossier toDossier(DossierState d, Instant now) {
        return toDossier(d, now, d.currentStep == null ? null
                : catalog.internalProcedure(d.agencyCode, d.procedureCode, d.procedureVersion).orElse(null));
    }

    /** The dossier as its readers see it, naming the current step from its version's internal procedure, given. */
    Dossier toDossier(DossierState d, Instant now, vn.motcua.catalog.InternalProcedure internalProcedure) {
        RuleSet rules = ruleSets.byId(d.ruleSet);
        ZoneId zone = deadlines.zone(d.agencyCode);
        List<Dossier.Fee> lines = fees.list(d.id);
        String stepName = null;
        if (d.currentStep != null) {
            WorkflowPath path = WorkflowPath.of(internalProcedure, d.branch);
            stepName = d.currentStep < path.size() ? path.step(d.currentStep).action() : null;
        }
        return new Dossier(d.code, d.agencyCode, d.procedureCode, d.procedureVersion, d.procedureName, d.fieldName,
                d.ruleSet, d.channel, d.resultDelivery, d.applicant, d.applicantUsername, d.status, d.stage,
                d.submittedAt, d.receivedAt, d.clockStartAt, d.originalDueAt, d.deadlineDueAt, d.dueAt, d.nearDueFrom,
                d.extended, d.intakeCompletions, d.supplementRequests, d.finishedAt, d.outcome, d.returnedAt,
                d.currentUnit, d.assignee, d.currentStep, stepName, d.stepDueAt, d.feesDueVnd,
                lines.stream().allMatch(f -> f.paidAt() != null), d.digitized, d.resultDigitized, d.imported,
                Classification.of(d, rules, now, zone), d.version, d.lookupSecret, lines);
    }

    QueuePage queue(QueueQuery q, UserAccount user, Instant now) {
        String agency = q.agency() != null ? q.agency() : homeAgency(user);
        StringBuilder where = new StringBuilder("agency_code = :agency");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("agency", agency);
        boolean official = user == null || user.hasRole(Role.ADMINISTRATOR) || user.roles().stream()
                .anyMatch(g -> g.agencyCode() != null && g.agencyCode().value().equals(agency));
        if (!official) {
            throw DossierAccess.forbidden("Bạn không có quyền xem danh sách hồ sơ của cơ quan " + agency + ".");
        }
        ZoneId zone = deadlines.zone(agency);
        if (q.view() != null) {
            requireDeskViewer(user, agency);
            deskView(q.view(), now, zone, where, params);
            if (q.view() != vn.motcua.dossier.DeskView.RETURNED_TODAY) {
                // those statuses are open ones: saying so lets the planner use the open-dossier indexes
                where.append(" AND ").append(OPEN);
            }
        }
        if (q.status() != null) {
            where.append(" AND status = :status");
            params.put("status", q.status().name());
        } else if (q.view() == null) {
            where.append(" AND ").append(OPEN);
        }
        if (q.view() != null) {
            // the desk's view covers the agency's dossiers wherever they are; the other filters narrow it
            if (q.assignedToMe()) {
                where.append(" AND assignee = :me");
                params.put("me", user == null ? "" : user.username());
            } else if (q.unit() != null) {
                where.append(" AND current_unit = :unit");
                params.put("unit", q.unit());
            }
        } else if (q.assignedToMe()) {
            where.append(" AND assignee = :me");
            params.put("me", user == null ? "" : user.username());
        } else if (q.unit() != null) {
            where.append(" AND current_unit = :unit");
            params.put("unit", q.unit());
        } else if (!seesWholeAgency(user, agency)) {
            scopeToOwnWork(user, agency, where, params);
        }
        if (q.procedure() != null) {
            where.append(" AND procedure_code = :procedure");
            params.put("procedure", q.procedure());
        }
        if (q.channel() != null) {
            where.append(" AND channel = :channel");
            params.put("channel", q.channel().name());
        }
        if (q.from() != null) {
            where.append(" AND received_at >= :from");
            params.put("from", Timestamp.from(q.from().atStartOfDay(zone).toInstant()));
        }
        if (q.to() != null) {
            where.append(" AND received_at < :to");
            params.put("to", Timestamp.from(q.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (q.overdue()) {
            where.append(" AND finished_at IS NULL AND status <> 'SUPPLEMENT_REQUESTED' AND deadline_due_at < :now");
            params.put("now", Timestamp.from(now));
        } else if (q.nearDue()) {
            where.append(" AND finished_at IS NULL AND status <> 'SUPPLEMENT_REQUESTED'"
                    + " AND near_due_from <= :now AND deadline_due_at >= :now");
            params.put("now", Timestamp.from(now));
        }
        long total = jdbc.sql("SELECT count(*) FROM dossier WHERE " + where).params(params).query(Long.class).single();
        params.put("limit", q.size());
        params.put("offset", (long) q.page() * q.size());
        // the page's ids first, from the queue index alone (no table rows read for the pages skipped), then its rows
        List<DossierState> rows = jdbc.sql("SELECT " + DossierRepository.COLUMNS + " FROM dossier WHERE id IN ("
                        + "SELECT id FROM dossier WHERE " + where
                        + " ORDER BY due_at NULLS LAST, id LIMIT :limit OFFSET :offset)"
                        + " ORDER BY due_at NULLS LAST, id")
                .params(params).query(DossierRepository::map).list();
        Map<String, RuleSet> rules = ruleSets.all().stream().collect(Collectors.toMap(RuleSet::id, Function.identity()));
        List<QueuePage.Item> items = new ArrayList<>();
        for (DossierState d : rows) {
            items.add(new QueuePage.Item(d.code, d.procedureCode, d.procedureName, d.applicant.name(), d.channel,
                    d.status, d.stage, d.receivedAt, d.dueAt, d.currentUnit, d.assignee,
                    Classification.of(d, rules.get(d.ruleSet), now, zone), d.version));
        }
        return new QueuePage(items, q.page(), q.size(), total);
    }

    /** The statuses (and, for results returned today, the day) of a desk view. */
    private static void deskView(vn.motcua.dossier.DeskView view, Instant now, ZoneId zone, StringBuilder where,
            Map<String, Object> params) {
        switch (view) {
            case PROCESSING -> where.append(" AND status IN ('IN_PROGRESS', 'AWAITING_PAYMENT')");
            case SUPPLEMENT -> where.append(" AND status IN ('SUPPLEMENT_REQUESTED', 'INTAKE_SUPPLEMENT')");
            case READY -> where.append(" AND status = 'RESOLVED' AND returned_at IS NULL");
            case RETURNED_TODAY -> {
                java.time.LocalDate today = now.atZone(zone).toLocalDate();
                where.append(" AND status = 'RETURNED' AND returned_at >= :todayStart AND returned_at < :tomorrowStart");
                params.put("todayStart", Timestamp.from(today.atStartOfDay(zone).toInstant()));
                params.put("tomorrowStart", Timestamp.from(today.plusDays(1).atStartOfDay(zone).toInstant()));
            }
            default -> throw new IllegalArgumentException(view.name());
        }
    }

    /** The desk's views are for the agency's desk officers and those who see the whole agency. */
    private static void requireDeskViewer(UserAccount user, String agency) {
        if (seesWholeAgency(user, agency) || user.grantsOf(Role.DESK_OFFICER).stream()
                .anyMatch(g -> g.agencyCode() != null && g.agencyCode().value().equals(agency))) {
            return;
        }
        throw DossierAccess.forbidden("Danh sách theo dõi của Bộ phận Một cửa chỉ dành cho cán bộ tiếp nhận, lãnh "
                + "đạo và cán bộ kiểm soát của cơ quan " + agency + ".");
    }

    /** The applicant's own dossiers, newest first (the {@code dossier_applicant} index, read backwards). */
    List<SubmittedDossier> submittedBy(String username, int limit) {
        return jdbc.sql("""
                SELECT code, agency_code, procedure_code, procedure_name, channel, status, submitted_at, due_at
                FROM dossier
                WHERE applicant_username = :username
                ORDER BY submitted_at DESC, id DESC
                LIMIT :limit""")
                .param("username", username).param("limit", limit)
                .query((rs, row) -> new SubmittedDossier(rs.getString("code"), rs.getString("agency_code"),
                        rs.getString("procedure_code"), rs.getString("procedure_name"),
                        SubmissionChannel.valueOf(rs.getString("channel")),
                        DossierStatus.valueOf(rs.getString("status")), instant(rs, "submitted_at"),
                        instant(rs, "due_at")))
                .list();
    }

    /** Desk officers see what waits at the desk; everyone their units' dossiers and those assigned to them. */
    private static void scopeToOwnWork(UserAccount user, String agency, StringBuilder where,
            Map<String, Object> params) {
        List<String> units = user.roles().stream()
                .filter(g -> g.agencyCode() != null && g.agencyCode().value().equals(agency) && g.unitCode() != null)
                .map(RoleGrant::unitCode).distinct().toList();
        List<String> parts = new ArrayList<>();
        parts.add("assignee = :me");
        params.put("me", user.username());
        if (!units.isEmpty()) {
            parts.add("current_unit IN (:units)");
            params.put("units", units);
        }
        if (user.grantsOf(Role.DESK_OFFICER).stream()
                .anyMatch(g -> g.agencyCode() != null && g.agencyCode().value().equals(agency))) {
            parts.add("status IN (:deskStatuses)");
            params.put("deskStatuses", DESK_STATUSES);
        }
        where.append(" AND (").append(String.join(" OR ", parts)).append(")");
    }

    private static boolean seesWholeAgency(UserAccount user, String agency) {
        return user == null || user.hasRole(Role.ADMINISTRATOR) || user.roles().stream().anyMatch(g ->
                (g.role() == Role.LEADER || g.role() == Role.CONTROL_OFFICER) && g.agencyCode() != null
                        && g.agencyCode().value().equals(agency));
    }

    private static String homeAgency(UserAccount user) {
        if (user == null) {
            throw ProblemException.invalidField("agency", "Cần nêu mã cơ quan");
        }
        return user.roles().stream().filter(g -> g.agencyCode() != null).map(g -> g.agencyCode().value())
                .findFirst().orElseThrow(() -> ProblemException.invalidField("agency", "Cần nêu mã cơ quan"));
    }

    PublicDossier lookup(String code, String secret) {
        ProblemException notFound = ProblemException.notFound(
                "Không tìm thấy hồ sơ với mã và mã tra cứu đã nhập. Hãy kiểm tra lại mã hồ sơ và mã tra cứu in trên "
                        + "giấy tiếp nhận.");
        if (code == null || secret == null || secret.isBlank()) {
            throw notFound;
        }
        DossierState d = repository.find(code.strip()).orElseThrow(() -> notFound);
        if (!MessageDigest.isEqual(d.lookupSecret.getBytes(StandardCharsets.UTF_8),
                secret.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
            throw notFound;
        }
        List<PublicDossier.Step> publicSteps = events.publicSteps(d.id);
        return new PublicDossier(d.code, d.agencyCode, d.procedureCode, d.procedureName, d.status, d.submittedAt,
                d.receivedAt, d.dueAt, d.finishedAt, d.outcome, d.returnedAt, publicSteps);
    }

    List<ControlSheetRow> controlSheet(DossierState d, Instant now) {
        ZoneId zone = deadlines.zone(d.agencyCode);
        return steps.list(d.id).stream().map(s -> new ControlSheetRow(s.seq(), s.kind().name(), s.responsible(),
                s.action(), s.handedBy(), s.handedTo(), s.startedAt(), s.dueAt(), s.finishedAt(), s.finishedBy(),
                s.outcome(), s.note(),
                Classification.ofStep(s.dueAt(), s.finishedAt(), now, zone))).toList();
    }
}
