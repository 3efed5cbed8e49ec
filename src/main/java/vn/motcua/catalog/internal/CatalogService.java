package vn.motcua.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogFeed;
import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.ContentProvenance;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.DecisionItem;
import vn.motcua.catalog.FieldChange;
import vn.motcua.catalog.ImportSummary;
import vn.motcua.catalog.InternalProcedure;
import vn.motcua.catalog.InternalProcedurePlan;
import vn.motcua.catalog.NewDecision;
import vn.motcua.catalog.ProcedureCode;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.PublicationDecision;
import vn.motcua.catalog.SearchPage;
import vn.motcua.catalog.SearchQuery;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.ProblemException.FieldProblem;
import vn.motcua.shared.ProblemException.Kind;

/**
 * The catalog's rules. Time comes from the injected clock: a version is in force from its effective date (a
 * Vietnamese calendar day) until a later version takes effect. Imports write each procedure in its own
 * transaction (a refused procedure leaves nothing behind); a publication decision is written in one transaction
 * with all its versions, or not at all.
 */
@Service
class CatalogService implements Catalog {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CatalogService.class);

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ProcedureRepository procedures;
    private final DecisionRepository decisions;
    private final InternalProcedureRepository internals;
    private final AgencyDirectory agencies;
    private final CatalogAccess access;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final CatalogFileParser parser;
    private final VersionDiff differ;
    private final ContentFileParser contentParser;
    private final ProvenanceRepository provenances;

    CatalogService(ProcedureRepository procedures, DecisionRepository decisions, InternalProcedureRepository internals,
            AgencyDirectory agencies, CatalogAccess access, Clock clock, TransactionTemplate tx, JsonMapper json,
            ProvenanceRepository provenances, @Value("${motcua.catalog.province:}") String province) {
        this.provenances = provenances;
        this.contentParser = new ContentFileParser(json);
        this.access = access;
        this.procedures = procedures;
        this.decisions = decisions;
        this.internals = internals;
        this.agencies = agencies;
        this.clock = clock;
        this.tx = tx;
        this.parser = new CatalogFileParser(json, province);
        this.differ = new VersionDiff(json);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VIETNAM);
    }

    // ---------------------------------------------------------------- reading

    @Override
    public SearchPage<ProcedureSummary> search(SearchQuery query) {
        int size = Math.max(1, Math.min(SearchQuery.MAX_SIZE, query.size()));
        SearchQuery bounded = new SearchQuery(blankToNull(query.agency()), query.text(), query.field(), query.level(),
                query.status(), query.onlineLevel(), query.onlineLevelUnstated(), Math.max(0, query.page()), size);
        return tx.execute(status -> procedures.search(bounded, today()));
    }

    @Override
    public ProcedureVersion current(String agency, String code) {
        Located procedure = locate(agency, code);
        return procedures.inForce(procedure.id(), today())
                .orElseThrow(() -> ProblemException.notFound("Thủ tục " + procedure.code()
                        + " chưa có phiên bản nào có hiệu lực."))
                .toVersion(true);
    }

    @Override
    public List<ProcedureVersion> versions(String agency, String code) {
        Located procedure = locate(agency, code);
        return versions(procedure.id());
    }

    private List<ProcedureVersion> versions(long procedureId) {
        LocalDate today = today();
        List<VersionRow> rows = procedures.versions(procedureId);
        long currentId = procedures.inForce(procedureId, today).map(VersionRow::id).orElse(-1L);
        return rows.stream().map(row -> row.toVersion(row.id() == currentId)).toList();
    }

    @Override
    public ProcedureVersion version(String agency, String code, int version) {
        String holder = holder(agency, code);
        String value = ProcedureCode.of(code).value();
        return procedures.version(holder, value, version, today()).map(found -> found.row().toVersion(found.inForce()))
                .orElseThrow(() -> noSuchVersion(holder, code, version));
    }

    /** The agency given, or the only one holding the procedure when none is given. */
    private String holder(String agency, String code) {
        return blankToNull(agency) == null ? locate(agency, code).agency() : agency;
    }

    /** Not found: the procedure (as {@link #locate} says) or, when it exists, the version. */
    private ProblemException noSuchVersion(String agency, String code, int version) {
        locate(agency, code);
        return ProblemException.notFound("Thủ tục " + code + " không có phiên bản " + version + ".");
    }

    @Override
    public List<FieldChange> diff(String agency, String code, int from, int to) {
        List<ProcedureVersion> all = versions(agency, code);
        ProcedureVersion older = all.stream().filter(v -> v.version() == from).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("from", "Thủ tục " + code + " không có phiên bản " + from + "."));
        ProcedureVersion newer = all.stream().filter(v -> v.version() == to).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("to", "Thủ tục " + code + " không có phiên bản " + to + "."));
        return differ.between(older, newer);
    }

    @Override
    public ProcedureVersion requireAcceptingDossiers(String agency, String code) {
        ProcedureVersion current = current(agency, code);
        if (current.status() == ProcedureStatus.ABOLISHED) {
            StringBuilder reason = new StringBuilder("Thủ tục " + current.code() + " (" + current.name()
                    + ") đã bị bãi bỏ");
            if (current.decision() != null) {
                reason.append(" theo Quyết định số ").append(current.decision().number());
            }
            if (current.effectiveOn() != null) {
                reason.append(" từ ngày ").append(DAY.format(current.effectiveOn()));
            }
            reason.append("; không tiếp nhận hồ sơ mới.");
            if (!current.content().successors().isEmpty()) {
                reason.append(" Thủ tục thay thế: ").append(String.join(", ", current.content().successors())).append('.');
            }
            throw new ProblemException(Kind.CONFLICT, reason.toString());
        }
        return current;
    }

    @Override
    public List<PublicationDecision> decisions(String agency) {
        return decisions.list(blankToNull(agency)).stream().map(this::toDecision).toList();
    }

    @Override
    public PublicationDecision decision(long id) {
        return decisions.find(id).map(this::toDecision)
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy quyết định công bố."));
    }

    private PublicationDecision toDecision(DecisionRepository.DecisionRow row) {
        List<PublicationDecision.Item> items = procedures.byDecision(row.id()).stream()
                .map(v -> new PublicationDecision.Item(v.code(), v.changeKind(), v.version(), v.content().name()))
                .toList();
        return new PublicationDecision(row.id(), row.agency(), row.number(), row.signedOn(), row.signer(),
                row.effectiveOn(), row.issuingAgency(), row.title(), items, !row.effectiveOn().isAfter(today()),
                row.recordedAt(), row.recordedBy());
    }

    @Override
    public Optional<InternalProcedure> internalProcedure(String agency, String code, int version) {
        String holder = holder(agency, code);
        String value = ProcedureCode.of(code).value();
        return internals.latest(holder, value, version).orElseThrow(() -> noSuchVersion(holder, code, version))
                .latest().map(revision -> toInternal(holder, value, version, revision));
    }

    private InternalProcedure toInternal(VersionRow row, InternalProcedureRepository.Revision revision) {
        return toInternal(row.agency(), row.code(), row.version(), revision);
    }

    private static InternalProcedure toInternal(String agency, String code, int version,
            InternalProcedureRepository.Revision revision) {
        InternalProcedureRules.Totals totals = InternalProcedureRules.totals(revision.plan());
        return new InternalProcedure(agency, code, version, revision.revision(), revision.plan(), totals.mainPath(),
                totals.longest(), revision.createdAt(), revision.createdBy());
    }

    @Override
    public CatalogFeed feed(String agency, LocalDate from, LocalDate to) {
        LocalDate today = today();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (end.isBefore(start)) {
            throw ProblemException.invalidField("to", "Ngày kết thúc kỳ (to) phải từ ngày bắt đầu (from) trở đi.");
        }
        LocalDate asOf = end.isAfter(today) ? today : end;
        String agencyCode = blankToNull(agency);
        List<CatalogFeed.Row> rows = procedures.changes(agencyCode, start, asOf);
        CatalogFeed.Totals totals = new CatalogFeed.Totals(
                rows.stream().mapToLong(CatalogFeed.Row::published).sum(),
                rows.stream().mapToLong(CatalogFeed.Row::amended).sum(),
                rows.stream().mapToLong(CatalogFeed.Row::replaced).sum(),
                rows.stream().mapToLong(CatalogFeed.Row::abolished).sum());
        Map<String, Long> counts = procedures.inForceCounts(agencyCode, asOf);
        long active = 0;
        long abolished = 0;
        Map<String, Long> byLevel = new LinkedHashMap<>();
        for (String level : List.of("FULL", "PARTIAL", "NONE", "UNSTATED")) {
            byLevel.put(level, 0L);
        }
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String[] parts = e.getKey().split(":");
            if (parts[0].equals("ACTIVE")) {
                active += e.getValue();
                byLevel.merge(parts[1], e.getValue(), Long::sum);
            } else {
                abolished += e.getValue();
            }
        }
        return new CatalogFeed(agencyCode, start, end, rows, totals, active, abolished, byLevel);
    }

    @Override
    public List<ProcedureVersion> pending(String agency) {
        return procedures.pending(blankToNull(agency), today()).stream().map(row -> row.toVersion(false)).toList();
    }

    @Override
    public List<String> fields(String agency) {
        return procedures.fields(blankToNull(agency), today());
    }

    @Override
    public List<String> agencies() {
        return procedures.agencies();
    }

    // ---------------------------------------------------------------- import

    @Override
    public ImportSummary importCatalog(String agency, byte[] file, String user) {
        String agencyCode = requireAgency(agency, "agency");
        access.requireCanManage(agencyCode, user);
        List<CatalogFileParser.Entry> entries = parser.parse(file);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportSummary.Refusal> refused = new ArrayList<>();
        for (CatalogFileParser.Entry entry : entries) {
            if (entry.refused()) {
                refused.add(new ImportSummary.Refusal(entry.code(), entry.refusal()));
                continue;
            }
            try {
                Outcome outcome = tx.execute(status -> importOne(agencyCode, entry, user));
                switch (outcome) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (ProblemException e) {
                refused.add(new ImportSummary.Refusal(entry.code(), e.getMessage()));
            } catch (RuntimeException e) {
                // this procedure's transaction is rolled back; the others keep theirs, and the summary says so
                log.warn("Import of {} into {} failed", entry.code(), agencyCode, e);
                refused.add(new ImportSummary.Refusal(entry.code(),
                        "Không ghi được thủ tục này do lỗi hệ thống; các thủ tục khác không bị ảnh hưởng."));
            }
        }
        if (created + updated >= BULK_IMPORT) {
            // the tables' statistics change at once: refreshed now, not when autovacuum next passes, so that the
            // searches right after a bulk import are planned on the real sizes (see V4_2__catalog_search_speed.sql)
            procedures.refreshStatistics();
        }
        return new ImportSummary(created, updated, unchanged, refused);
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** Versions written by one import from which the planner's statistics are refreshed at its end. */
    private static final int BULK_IMPORT = 100;

    private Outcome importOne(String agency, CatalogFileParser.Entry entry, String user) {
        Instant now = clock.instant();
        LocalDate today = today();
        long procedureId = procedures.lockOrCreate(agency, entry.code(), now);
        Optional<VersionRow> latest = latestRecorded(procedureId);
        if (latest.isEmpty()) {
            ChangeKind kind = entry.status() == ProcedureStatus.ABOLISHED ? ChangeKind.ABOLISHED : ChangeKind.NEW;
            procedures.insertVersion(procedureId, agency, entry.code(), entry.status(), kind,
                    ProcedureVersion.Source.IMPORT, null, today, entry.content(), now, user);
            return Outcome.CREATED;
        }
        VersionRow previous = latest.get();
        // what a content import added and a catalog file does not carry stays (ProcedureContent.keepingUnstatedFrom)
        CatalogFileParser.Entry merged = new CatalogFileParser.Entry(entry.code(), entry.status(),
                entry.content().keepingUnstatedFrom(previous.content()), null);
        if (previous.status() == merged.status() && previous.content().equals(merged.content())) {
            return Outcome.UNCHANGED;
        }
        return amend(agency, procedureId, previous, merged, now, today, user);
    }

    private Outcome amend(String agency, long procedureId, VersionRow previous, CatalogFileParser.Entry entry,
            Instant now, LocalDate today, String user) {
        ChangeKind kind = entry.status() == ProcedureStatus.ABOLISHED && previous.status() != ProcedureStatus.ABOLISHED
                ? ChangeKind.ABOLISHED : ChangeKind.AMENDED;
        long versionId = procedures.insertVersion(procedureId, agency, entry.code(), entry.status(), kind,
                ProcedureVersion.Source.IMPORT, null, today, entry.content(), now, user);
        if (entry.status() == ProcedureStatus.ACTIVE) {
            carryOverInternalProcedure(previous, versionId, entry.code(), entry.content(), "", now, user);
        }
        return Outcome.UPDATED;
    }

    // ---------------------------------------------------------------- content import

    @Override
    public ImportSummary importContent(String agency, byte[] file, String user) {
        String agencyCode = requireAgency(agency, "agency");
        access.requireCanManage(agencyCode, user);
        List<ContentFileParser.Entry> entries = contentParser.parse(file);
        int updated = 0;
        int unchanged = 0;
        List<ImportSummary.Refusal> refused = new ArrayList<>();
        for (ContentFileParser.Entry entry : entries) {
            if (entry.refused()) {
                refused.add(new ImportSummary.Refusal(entry.code(), entry.refusal()));
                continue;
            }
            try {
                Outcome outcome = tx.execute(status -> importContentOne(agencyCode, entry, user));
                if (outcome == Outcome.UPDATED) {
                    updated++;
                } else {
                    unchanged++;
                }
            } catch (ProblemException e) {
                refused.add(new ImportSummary.Refusal(entry.code(), e.getMessage()));
            } catch (RuntimeException e) {
                log.warn("Content import of {} into {} failed", entry.code(), agencyCode, e);
                refused.add(new ImportSummary.Refusal(entry.code(),
                        "Không ghi được nội dung thủ tục này do lỗi hệ thống; các thủ tục khác không bị ảnh hưởng."));
            }
        }
        return new ImportSummary(0, updated, unchanged, refused);
    }

    private Outcome importContentOne(String agency, ContentFileParser.Entry entry, String user) {
        Instant now = clock.instant();
        LocalDate today = today();
        long procedureId = procedures.procedureId(agency, entry.code()).orElseThrow(() -> new ProblemException(
                Kind.UNPROCESSABLE, "Thủ tục mã " + entry.code() + " không có trong danh mục của cơ quan " + agency
                        + "; hãy nhập danh mục thủ tục trước khi nhập nội dung."));
        procedures.lock(procedureId);
        VersionRow previous = latestRecorded(procedureId).orElseThrow(() -> new ProblemException(Kind.UNPROCESSABLE,
                "Thủ tục mã " + entry.code() + " chưa có phiên bản nào được công bố; hãy công bố trước khi nhập nội dung."));
        if (previous.status() == ProcedureStatus.ABOLISHED) {
            throw new ProblemException(Kind.UNPROCESSABLE, "Thủ tục " + entry.code()
                    + " đã bị bãi bỏ; không nhập nội dung cho thủ tục đã bãi bỏ.");
        }
        if (previous.effectiveOn() != null && previous.effectiveOn().isAfter(today)) {
            throw new ProblemException(Kind.UNPROCESSABLE, "Thủ tục " + entry.code() + " có phiên bản "
                    + previous.version() + " chờ hiệu lực từ ngày " + DAY.format(previous.effectiveOn())
                    + "; hãy nhập nội dung sau ngày đó.");
        }
        if (entry.catalogName() != null && !entry.catalogName().equals(previous.content().name())) {
            throw new ProblemException(Kind.UNPROCESSABLE, "Tên thủ tục trong tệp (catalogName: \""
                    + entry.catalogName() + "\") khác tên trong danh mục của cơ quan (\"" + previous.content().name()
                    + "\"); kiểm tra lại mã thủ tục.");
        }
        ProcedureContent content = withPublished(previous.content(), entry.published());
        if (content.equals(previous.content())) {
            Optional<ProvenanceRepository.Row> recorded = provenances.latest(previous.id());
            if (recorded.isEmpty() || !recorded.get().provenance().equals(entry.provenance())) {
                provenances.insert(previous.id(), entry.provenance(), now, user);
            }
            return Outcome.UNCHANGED;
        }
        long versionId = procedures.insertVersion(procedureId, agency, entry.code(), ProcedureStatus.ACTIVE,
                ChangeKind.AMENDED, ProcedureVersion.Source.IMPORT, null, today, content, now, user);
        provenances.insert(versionId, entry.provenance(), now, user);
        carryOverInternalProcedure(previous, versionId, entry.code(), content, "", now, user);
        return Outcome.UPDATED;
    }

    /** The catalog's content with what the record publishes; what it leaves unstated keeps the catalog's value. */
    private static ProcedureContent withPublished(ProcedureContent base, ContentFileParser.Published published) {
        TimeLimit limit = null;
        if (published.timeLimitText() != null) {
            TimeLimit old = base.timeLimit();
            limit = old == null ? new TimeLimit(null, null, published.timeLimitText(), null)
                    : new TimeLimit(old.amount(), old.unit(), published.timeLimitText(), old.asRecorded());
        }
        List<Fee> fees = null;
        if (published.fee() != null) {
            // the catalog's own fee wording (from the decision) wins; the content only fills what is missing
            if (base.fees().isEmpty()) {
                fees = List.of(new Fee("Phí, lệ phí", null, published.fee()));
            } else if (base.fees().size() == 1 && base.fees().get(0).printed() == null) {
                Fee only = base.fees().get(0);
                fees = List.of(new Fee(only.name(), only.amountVnd(), published.fee()));
            }
        }
        return base.withPublished(published.applicants(), published.documents(), published.sets(),
                published.steps(), published.conditions(), published.results(), published.legalBases(), limit, fees);
    }

    @Override
    public List<ContentProvenance.Recorded> provenances(String agency, String user) {
        String agencyCode = requireAgency(agency, "agency");
        access.requireCanManage(agencyCode, user);
        return provenances.latestOfAgency(agencyCode);
    }

    @Override
    public Optional<ContentProvenance.Recorded> provenance(String agency, String code, int version, String user) {
        VersionRow row = versionRow(agency, code, version);
        access.requireCanManage(row.agency(), user);
        return provenances.latest(row.id()).map(r -> new ContentProvenance.Recorded(row.agency(), row.code(),
                row.version(), r.provenance(), r.recordedAt(), r.recordedBy()));
    }

    /** The latest version that is not a draft (in force, or announced for later). */
    private Optional<VersionRow> latestRecorded(long procedureId) {
        List<VersionRow> rows = procedures.versions(procedureId);
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).source() != ProcedureVersion.Source.DRAFT) {
                return Optional.of(rows.get(i));
            }
        }
        return Optional.empty();
    }

    /** Copies the previous version's internal procedure to a new version, if it still fits the time limit. */
    private void carryOverInternalProcedure(VersionRow previous, long versionId, String code, ProcedureContent content,
            String prefix, Instant now, String user) {
        Optional<InternalProcedureRepository.Revision> revision = internals.latest(previous.id());
        if (revision.isEmpty()) {
            return;
        }
        saveChecked(versionId, code, content, revision.get().plan(), prefix, now, user);
    }

    private void saveChecked(long versionId, String code, ProcedureContent content, InternalProcedurePlan plan,
            String prefix, Instant now, String user) {
        List<FieldProblem> structure = InternalProcedureRules.structure(code, plan, prefix);
        if (!structure.isEmpty()) {
            throw new ProblemException(Kind.INVALID, structure.get(0).message(), structure);
        }
        List<FieldProblem> fit = InternalProcedureRules.fit(code, content.timeLimit(), plan, prefix);
        if (!fit.isEmpty()) {
            throw new ProblemException(Kind.UNPROCESSABLE, fit.get(0).message(), fit);
        }
        internals.insert(versionId, plan, now, user);
    }

    // ---------------------------------------------------------------- drafts, internal procedures

    @Override
    public ProcedureVersion createDraft(String agency, String code, ProcedureContent content, String user) {
        return createDraft(agency, code, content, null, user);
    }

    @Override
    public ProcedureVersion createDraft(String agency, String code, ProcedureContent content,
            ContentProvenance provenance, String user) {
        String agencyCode = requireAgency(agency, "agency");
        access.requireCanManage(agencyCode, user);
        String procedureCode = ProcedureCode.of(code).value();
        requireContent(content, "");
        return tx.execute(status -> {
            long procedureId = procedures.lockOrCreate(agencyCode, procedureCode, clock.instant());
            ChangeKind kind = latestRecorded(procedureId).isPresent() ? ChangeKind.AMENDED : ChangeKind.NEW;
            long id = procedures.insertVersion(procedureId, agencyCode, procedureCode, ProcedureStatus.ACTIVE, kind,
                    ProcedureVersion.Source.DRAFT, null, null, content, clock.instant(), user);
            if (provenance != null) {
                provenances.insert(id, provenance, clock.instant(), user);
            }
            return procedures.byId(id).orElseThrow().toVersion(false);
        });
    }

    @Override
    public InternalProcedure saveInternalProcedure(String agency, String code, int version, InternalProcedurePlan plan,
            String user) {
        return tx.execute(status -> {
            VersionRow row = versionRow(agency, code, version);
            access.requireCanManage(row.agency(), user);
            if (row.status() == ProcedureStatus.ABOLISHED) {
                throw new ProblemException(Kind.UNPROCESSABLE, "Phiên bản " + version + " của thủ tục " + code
                        + " là phiên bản bãi bỏ; không lập quy trình nội bộ cho phiên bản này.");
            }
            saveChecked(row.id(), row.code(), row.content(), plan, "", clock.instant(), user);
            return toInternal(row, internals.latest(row.id()).orElseThrow());
        });
    }

    // ---------------------------------------------------------------- publication decisions

    @Override
    public PublicationDecision publish(NewDecision decision, String user) {
        validateHeader(decision);
        String agency = decision.agency().strip();
        access.requireCanManage(agency, user);
        long id = tx.execute(status -> {
            if (decisions.exists(agency, decision.number().strip())) {
                throw new ProblemException(Kind.CONFLICT, "Quyết định số " + decision.number().strip()
                        + " đã được ghi nhận cho cơ quan này.",
                        List.of(new FieldProblem("number", "Số quyết định đã tồn tại.")));
            }
            Instant now = clock.instant();
            NewDecision normalised = new NewDecision(agency, decision.number(), decision.signedOn(), decision.signer(),
                    decision.effectiveOn(), decision.issuingAgency(), decision.title(), decision.items());
            long decisionId = decisions.insert(normalised, now, user);
            for (int i = 0; i < decision.items().size(); i++) {
                applyItem(agency, decisionId, decision.effectiveOn(), decision.items().get(i), "items[" + i + "].", now,
                        user);
            }
            return decisionId;
        });
        return decision(id);
    }

    private void applyItem(String agency, long decisionId, LocalDate effectiveOn, DecisionItem item, String prefix,
            Instant now, String user) {
        String code = item.code() == null ? null : item.code().strip();
        if (!ProcedureCode.isWellFormed(code)) {
            throw ProblemException.invalidField(prefix + "code", "Mã thủ tục \"" + (code == null ? "" : code)
                    + "\" không đúng định dạng (ví dụ 1.014390).");
        }
        if (item.kind() == null) {
            throw ProblemException.invalidField(prefix + "kind",
                    "Thủ tục " + code + ": thiếu loại công bố (NEW, AMENDED, REPLACED hoặc ABOLISHED).");
        }
        long procedureId = procedures.lockOrCreate(agency, code, now);
        Optional<VersionRow> previous = latestRecorded(procedureId);
        switch (item.kind()) {
            case NEW -> {
                if (previous.isPresent()) {
                    throw unprocessable(prefix + "kind", "Thủ tục " + code
                            + " đã có trong danh mục; hãy công bố sửa đổi, bổ sung (AMENDED) hoặc thay thế (REPLACED).");
                }
                publishContent(agency, procedureId, code, decisionId, effectiveOn, item, ChangeKind.NEW, null, prefix,
                        now, user);
            }
            case AMENDED -> {
                VersionRow active = requireActive(previous, code, prefix);
                publishContent(agency, procedureId, code, decisionId, effectiveOn, item, ChangeKind.AMENDED, active,
                        prefix, now, user);
            }
            case REPLACED -> {
                if (item.replaces().isEmpty()) {
                    throw ProblemException.invalidField(prefix + "replaces",
                            "Thủ tục " + code + ": công bố thay thế phải nêu thủ tục bị thay thế (replaces).");
                }
                publishContent(agency, procedureId, code, decisionId, effectiveOn, item, ChangeKind.REPLACED,
                        previous.filter(v -> v.status() == ProcedureStatus.ACTIVE).orElse(null), prefix, now, user);
                for (int j = 0; j < item.replaces().size(); j++) {
                    String old = item.replaces().get(j) == null ? null : item.replaces().get(j).strip();
                    String field = prefix + "replaces[" + j + "]";
                    if (!ProcedureCode.isWellFormed(old) || old.equals(code)) {
                        throw ProblemException.invalidField(field, "Mã thủ tục bị thay thế \"" + old + "\" không hợp lệ.");
                    }
                    long oldId = procedures.lockOrCreate(agency, old, now);
                    VersionRow replaced = requireActive(latestRecorded(oldId), old, field);
                    List<String> successors = new ArrayList<>(replaced.content().successors());
                    if (!successors.contains(code)) {
                        successors.add(code);
                    }
                    procedures.insertVersion(oldId, agency, old, ProcedureStatus.ABOLISHED, ChangeKind.ABOLISHED,
                            ProcedureVersion.Source.DECISION, decisionId, effectiveOn,
                            replaced.content().withSuccessors(successors), now, user);
                }
            }
            case ABOLISHED -> {
                VersionRow active = requireActive(previous, code, prefix + "code");
                procedures.insertVersion(procedureId, agency, code, ProcedureStatus.ABOLISHED, ChangeKind.ABOLISHED,
                        ProcedureVersion.Source.DECISION, decisionId, effectiveOn, active.content(), now, user);
            }
        }
    }

    private VersionRow requireActive(Optional<VersionRow> previous, String code, String field) {
        if (previous.isEmpty()) {
            throw unprocessable(field.endsWith(".") ? field + "code" : field,
                    "Thủ tục " + code + " chưa có trong danh mục của cơ quan.");
        }
        if (previous.get().status() == ProcedureStatus.ABOLISHED) {
            throw unprocessable(field.endsWith(".") ? field + "code" : field,
                    "Thủ tục " + code + " đã bị bãi bỏ.");
        }
        return previous.get();
    }

    /** Records the announced content (inline or a draft) and its internal procedure, checked against the limit. */
    private void publishContent(String agency, long procedureId, String code, long decisionId, LocalDate effectiveOn,
            DecisionItem item, ChangeKind kind, VersionRow previous, String prefix, Instant now, String user) {
        long versionId;
        ProcedureContent content;
        Optional<InternalProcedureRepository.Revision> draftPlan = Optional.empty();
        if (item.draftVersion() != null) {
            VersionRow draft = procedures.versions(procedureId).stream()
                    .filter(v -> v.version() == item.draftVersion() && v.source() == ProcedureVersion.Source.DRAFT)
                    .findFirst()
                    .orElseThrow(() -> unprocessable(prefix + "draftVersion", "Thủ tục " + code
                            + " không có dự thảo phiên bản " + item.draftVersion() + " chờ công bố."));
            procedures.publishDraft(draft.id(), decisionId, effectiveOn, kind);
            versionId = draft.id();
            content = draft.content();
            draftPlan = internals.latest(draft.id());
        } else {
            if (item.procedure() == null) {
                throw ProblemException.invalidField(prefix + "procedure",
                        "Thủ tục " + code + ": thiếu nội dung thủ tục được công bố (procedure) hoặc số dự thảo (draftVersion).");
            }
            requireContent(item.procedure(), prefix + "procedure.");
            content = item.procedure();
            versionId = procedures.insertVersion(procedureId, agency, code, ProcedureStatus.ACTIVE, kind,
                    ProcedureVersion.Source.DECISION, decisionId, effectiveOn, content, now, user);
        }
        if (item.internalProcedure() != null) {
            saveChecked(versionId, code, content, item.internalProcedure(), prefix + "internalProcedure.", now, user);
        } else if (draftPlan.isPresent()) {
            List<FieldProblem> fit = InternalProcedureRules.check(code, content.timeLimit(), draftPlan.get().plan(),
                    prefix + "internalProcedure.");
            if (!fit.isEmpty()) {
                throw new ProblemException(Kind.UNPROCESSABLE, fit.get(0).message(), fit);
            }
        } else if (previous != null) {
            carryOverInternalProcedure(previous, versionId, code, content, prefix + "internalProcedure.", now, user);
        }
    }

    private static void requireContent(ProcedureContent content, String prefix) {
        if (content == null) {
            throw ProblemException.invalidField(prefix.isEmpty() ? "procedure" : prefix.substring(0, prefix.length() - 1),
                    "Thiếu nội dung thủ tục.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (content.name() == null || content.name().isBlank()) {
            problems.add(new FieldProblem(prefix + "name", "Thiếu tên thủ tục."));
        }
        if (content.timeLimit() != null && content.timeLimit().amount() != null
                && content.timeLimit().amount().signum() < 0) {
            problems.add(new FieldProblem(prefix + "timeLimit.amount", "Thời hạn giải quyết không được âm."));
        } else if (content.timeLimit() != null && content.timeLimit().amount() != null
                && !InternalProcedureRules.storable(content.timeLimit().amount())) {
            problems.add(new FieldProblem(prefix + "timeLimit.amount",
                    "Thời hạn giải quyết phải nhỏ hơn 100.000 và có nhiều nhất hai chữ số thập phân."));
        }
        if (content.timeLimit() != null && content.timeLimit().amount() != null && content.timeLimit().unit() == null) {
            problems.add(new FieldProblem(prefix + "timeLimit.unit", "Thời hạn giải quyết thiếu đơn vị."));
        }
        for (int i = 0; i < content.fees().size(); i++) {
            Long amount = content.fees().get(i).amountVnd();
            if (amount != null && amount < 0) {
                problems.add(new FieldProblem(prefix + "fees[" + i + "].amountVnd", "Số tiền phí, lệ phí không được âm."));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(Kind.INVALID, problems.get(0).message(), problems);
        }
    }

    private void validateHeader(NewDecision d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.agency() == null || d.agency().isBlank()) {
            problems.add(new FieldProblem("agency", "Thiếu mã cơ quan (agency)."));
        } else if (!agencies.exists(d.agency().strip())) {
            problems.add(new FieldProblem("agency", "Không có cơ quan mã " + d.agency() + "."));
        }
        if (d.number() == null || d.number().isBlank()) {
            problems.add(new FieldProblem("number", "Thiếu số quyết định."));
        }
        if (d.signedOn() == null) {
            problems.add(new FieldProblem("signedOn", "Thiếu ngày ký quyết định."));
        }
        if (d.signer() == null || d.signer().isBlank()) {
            problems.add(new FieldProblem("signer", "Thiếu người ký quyết định."));
        }
        if (d.effectiveOn() == null) {
            problems.add(new FieldProblem("effectiveOn", "Thiếu ngày có hiệu lực."));
        } else if (d.signedOn() != null && d.effectiveOn().isBefore(d.signedOn())) {
            problems.add(new FieldProblem("effectiveOn", "Ngày có hiệu lực không được trước ngày ký quyết định."));
        }
        if (d.issuingAgency() == null || d.issuingAgency().isBlank()) {
            problems.add(new FieldProblem("issuingAgency", "Thiếu cơ quan ban hành quyết định."));
        }
        if (d.items() == null || d.items().isEmpty()) {
            problems.add(new FieldProblem("items", "Quyết định công bố phải có ít nhất một thủ tục."));
        } else {
            for (int i = 0; i < d.items().size(); i++) {
                if (d.items().get(i) == null) {
                    problems.add(new FieldProblem("items[" + i + "]", "Mục thủ tục thứ " + (i + 1) + " đang trống."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(Kind.INVALID, "Quyết định công bố chưa hợp lệ: " + problems.get(0).message(),
                    problems);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A procedure found by agency (or by code alone when one agency holds it). */
    @Override
    public int minimumAssuranceLevel(String agency, String code) {
        return procedures.minimumAssuranceLevel(locate(agency, code).id());
    }

    @Override
    public int setMinimumAssuranceLevel(String agency, String code, Integer level, String user) {
        Located procedure = locate(agency, code);
        access.requireCanManage(procedure.agency(), user);
        if (level != null && (level < 0 || level > 2)) {
            throw ProblemException.invalidField("level", "Mức định danh điện tử tối thiểu phải là 0 (không yêu cầu), "
                    + "1 hoặc 2.");
        }
        procedures.setMinimumAssuranceLevel(procedure.id(), level == null || level == 0 ? null : level);
        return procedures.minimumAssuranceLevel(procedure.id());
    }

    private record Located(String agency, String code, long id) {}

    private Located locate(String agency, String code) {
        String value = ProcedureCode.of(code).value();
        String agencyCode = blankToNull(agency);
        if (agencyCode == null) {
            List<String> holders = procedures.agenciesHolding(value);
            if (holders.isEmpty()) {
                throw ProblemException.notFound("Không tìm thấy thủ tục mã " + value + ".");
            }
            if (holders.size() > 1) {
                throw ProblemException.invalidField("agency", "Nhiều cơ quan có thủ tục mã " + value
                        + "; hãy chọn cơ quan (tham số agency).");
            }
            agencyCode = holders.get(0);
        }
        String holder = agencyCode;
        long id = procedures.procedureId(holder, value).orElseThrow(() -> ProblemException.notFound(
                "Không tìm thấy thủ tục mã " + value + " của cơ quan " + holder + "."));
        return new Located(holder, value, id);
    }

    private VersionRow versionRow(String agency, String code, int version) {
        Located procedure = locate(agency, code);
        return procedures.versions(procedure.id()).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Thủ tục " + code + " không có phiên bản " + version + "."));
    }

    private String requireAgency(String agency, String field) {
        String code = blankToNull(agency);
        if (code == null) {
            throw ProblemException.invalidField(field, "Thiếu mã cơ quan (" + field + ").");
        }
        if (!agencies.exists(code)) {
            throw ProblemException.invalidField(field, "Không có cơ quan mã " + code + ".");
        }
        return code;
    }

    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(Kind.UNPROCESSABLE, message, List.of(new FieldProblem(field, message)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
