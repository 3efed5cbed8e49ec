package vn.motcua.control.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.control.CommunicationKind;
import vn.motcua.control.ControlActivities;
import vn.motcua.control.ControlActivitiesReport;
import vn.motcua.control.ControlList;
import vn.motcua.control.ControlRecord;
import vn.motcua.control.FindingAssessment;
import vn.motcua.control.InspectionContent;
import vn.motcua.control.InspectionFinding;
import vn.motcua.control.ImportResult;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;
import vn.motcua.platform.FileStorage;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackFigure;
import vn.motcua.feedback.FeedbackFigures;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.shared.ProblemException;

/** The control lists over {@link ControlRepository}, checked by {@link RecordInput} and {@link ControlAccess}. */
@Service
class ControlService implements ControlActivities {

    private final ControlRepository repository;
    private final ControlAccess access;
    private final FileStorage files;
    private final FeedbackFigures feedback;
    private final Clock clock;

    /** The feedback behind a figure listed at most (the drill-down of a year is still a page). */
    static final int FEEDBACK_DRILL_LIMIT = 1000;
    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    ControlService(ControlRepository repository, ControlAccess access, FileStorage files, FeedbackFigures feedback,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.files = files;
        this.feedback = feedback;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ControlRecord create(ControlList list, Map<String, ?> input, String actor) {
        RecordInput record = RecordInput.read(list, input);
        access.requireWriter(record.agency(), actor);
        requireFile(list, record);
        long id = repository.insert(list, record.agency(), record.values(), actor, now());
        return repository.find(list, id, false).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public ControlRecord get(ControlList list, long id, String actor) {
        ControlRecord record = repository.find(list, id, false).orElseThrow(() -> notFound(list, id));
        access.requireReader(AgencyCode.parse(record.agencyCode()), actor);
        return record;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ControlRecord> list(ControlList list, String agency, ReportingPeriod period, String actor) {
        AgencyCode code = access.requireReader(agency, actor);
        if (period == null) {
            return repository.select(list, code.value(), null, null, null);
        }
        String condition = list.periodFields().stream()
                .map(f -> Schema.column(list, f) + " BETWEEN :from AND :to").collect(Collectors.joining(" OR "));
        return repository.select(list, code.value(), condition, period.from(), period.to());
    }

    @Override
    @Transactional
    public ControlRecord update(ControlList list, long id, int expectedVersion, Map<String, ?> input, String actor) {
        ControlRecord current = repository.find(list, id, true).orElseThrow(() -> notFound(list, id));
        AgencyCode was = AgencyCode.parse(current.agencyCode());
        access.requireReader(was, actor);
        access.requireWriter(was, actor);
        if (current.version() != expectedVersion) {
            throw stale(current.version());
        }
        RecordInput record = RecordInput.read(list, input);
        if (!record.agency().equals(was)) {
            access.requireWriter(record.agency(), actor);
        }
        requireFile(list, record);
        if (!repository.update(list, id, expectedVersion, record.agency(), record.values(), actor, now())) {
            throw stale(current.version());
        }
        return repository.find(list, id, false).orElseThrow();
    }

    @Override
    @Transactional
    public void delete(ControlList list, long id, Integer expectedVersion, String actor) {
        ControlRecord current = repository.find(list, id, true).orElseThrow(() -> notFound(list, id));
        AgencyCode agency = AgencyCode.parse(current.agencyCode());
        access.requireReader(agency, actor);
        access.requireWriter(agency, actor);
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw stale(current.version());
        }
        repository.delete(list, id, expectedVersion);
    }

    @Override
    @Transactional
    public ImportResult importSheet(ControlList list, String agency, InputStream xlsx, String actor) {
        String fallback = agency == null || agency.isBlank() ? null : agency.strip();
        if (fallback != null) {
            access.requireWriter(parse(fallback), actor);
        }
        List<ControlWorkbooks.SheetRow> rows = ControlWorkbooks.read(list, xlsx);
        List<ImportResult.Refusal> refused = new ArrayList<>();
        List<RecordInput> accepted = new ArrayList<>();
        java.util.Set<AgencyCode> writable = new java.util.HashSet<>(); // one check per agency of the sheet
        Map<AgencyCode, ProblemException> notWritable = new java.util.HashMap<>();
        for (ControlWorkbooks.SheetRow row : rows) {
            Map<String, Object> values = new LinkedHashMap<>(row.values());
            Object own = values.get("agencyCode");
            if ((own == null || own.toString().isBlank()) && fallback != null) {
                values.put("agencyCode", fallback);
            }
            try {
                RecordInput record = RecordInput.read(list, values);
                if (notWritable.containsKey(record.agency())) {
                    throw notWritable.get(record.agency());
                }
                if (!writable.contains(record.agency())) {
                    try {
                        access.requireWriter(record.agency(), actor);
                        writable.add(record.agency());
                    } catch (ProblemException e) {
                        notWritable.put(record.agency(), e);
                        throw e;
                    }
                }
                requireFile(list, record);
                accepted.add(record);
            } catch (ProblemException problem) {
                String reason = problem.fields().isEmpty() ? problem.getMessage()
                        : problem.fields().stream().map(ProblemException.FieldProblem::message)
                                .collect(Collectors.joining("; "));
                refused.add(new ImportResult.Refusal(row.number(), reason));
            }
        }
        if (!refused.isEmpty()) {
            return new ImportResult(0, refused);
        }
        Instant at = now();
        for (RecordInput record : accepted) {
            repository.insert(list, record.agency(), record.values(), actor, at);
        }
        return new ImportResult(accepted.size(), List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] export(ControlList list, String agency, ReportingPeriod period, String actor) {
        return ControlWorkbooks.write(list, list(list, agency, period, actor));
    }

    @Override
    @Transactional(readOnly = true)
    public ControlActivitiesReport report(String agency, ReportingPeriod period, String actor) {
        AgencyCode code = access.requireReader(agency, actor);
        requirePeriod(period);
        Map<String, Long> f = new LinkedHashMap<>();
        ControlFigures.byList().forEach((list, figures) -> {
            List<Long> values = repository.aggregate(list, code.value(),
                    figures.stream().map(ControlFigures.Figure::aggregate).toList(),
                    figures.stream().map(ControlFigures.Figure::condition).toList(), period.from(), period.to());
            for (int i = 0; i < figures.size(); i++) {
                f.put(figures.get(i).name(), values.get(i));
            }
        });
        List<ControlActivitiesReport.DocumentLine> documents = repository.select(ControlList.DOCUMENTS, code.value(),
                ControlFigures.DOCUMENTS_CONDITION, period.from(), period.to()).stream()
                .map(d -> new ControlActivitiesReport.DocumentLine(d.id(), (String) d.value("number"),
                        (LocalDate) d.value("date"), (String) d.value("kind"), (String) d.value("summary")))
                .toList();
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (CommunicationKind kind : CommunicationKind.values()) {
            byKind.put(kind.name(), f.get("communications.byKind." + kind.name()));
        }
        return new ControlActivitiesReport(code.value(), period.name(), period.type(), period.from(), period.to(),
                documents,
                new ControlActivitiesReport.ImpactAssessment(f.get("impactAssessment.tthcAssessed"),
                        f.get("impactAssessment.issuedTthcAssessed")),
                new ControlActivitiesReport.Appraisal(f.get("appraisal.tthcAppraised"),
                        f.get("appraisal.draftsAppraised")),
                new ControlActivitiesReport.Review(f.get("review.tthcToReview"), f.get("review.tthcReviewed"),
                        f.get("review.optionsPassed"), f.get("review.tthcTimeCut"), f.get("review.workingDaysSaved")),
                new ControlActivitiesReport.Communications(f.get("communications.items"), byKind,
                        f.get("communications.visits")),
                new ControlActivitiesReport.Inspections(f.get("inspections.planned"), f.get("inspections.conducted"),
                        f.get("inspections.violations"), f.get("inspections.rewarded"),
                        f.get("inspections.disciplined")),
                feedbackSection(code.value(), period),
                repository.findings(null, code.value(), period.from(), period.to()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<InspectionFinding> findings(long inspectionId, String actor) {
        get(ControlList.INSPECTIONS, inspectionId, actor);
        return repository.findings(inspectionId, null, null, null);
    }

    @Override
    @Transactional
    public List<InspectionFinding> recordFindings(long inspectionId, int expectedVersion, String unit,
            List<InspectionFinding.Entry> entries, String actor) {
        ControlRecord inspection = repository.find(ControlList.INSPECTIONS, inspectionId, true)
                .orElseThrow(() -> notFound(ControlList.INSPECTIONS, inspectionId));
        AgencyCode agency = AgencyCode.parse(inspection.agencyCode());
        access.requireReader(agency, actor);
        access.requireWriter(agency, actor);
        if (inspection.version() != expectedVersion) {
            throw stale(inspection.version());
        }
        String named = unit == null ? "" : unit.strip();
        if (named.isEmpty() || named.length() > 300) {
            throw ProblemException.invalidField("unit", "Cần tên đơn vị được kiểm tra (tối đa 300 ký tự)");
        }
        List<InspectionFinding.Entry> written = entries == null ? List.of() : entries;
        java.util.Set<InspectionContent> seen = java.util.EnumSet.noneOf(InspectionContent.class);
        for (int i = 0; i < written.size(); i++) {
            InspectionFinding.Entry entry = written.get(i);
            if (entry == null || entry.content() == null || entry.assessment() == null) {
                throw ProblemException.invalidField("findings[" + i + "]", "Mỗi kết quả cần nội dung kiểm tra và "
                        + "đánh giá");
            }
            if (!seen.add(entry.content())) {
                throw ProblemException.invalidField("findings[" + i + "].content", "Nội dung \""
                        + entry.content().label() + "\" được ghi hai lần cho cùng đơn vị");
            }
            if (entry.note() != null && entry.note().length() > 5000) {
                throw ProblemException.invalidField("findings[" + i + "].note", "Ghi chú dài quá 5000 ký tự");
            }
            if (entry.assessment() != FindingAssessment.GOOD && (entry.note() == null || entry.note().isBlank())) {
                throw ProblemException.invalidField("findings[" + i + "].note", "Cần ghi rõ hạn chế hoặc sai phạm "
                        + "về \"" + entry.content().label() + "\"");
            }
        }
        repository.replaceFindings(inspectionId, named, written, actor, now());
        return repository.findings(inspectionId, null, null, null);
    }

    private ControlActivitiesReport.Feedback feedbackSection(String agency, ReportingPeriod period) {
        Map<FeedbackFigure, Long> counts = feedback.counts(agency, period.startInstant(VIETNAM),
                period.endExclusiveInstant(VIETNAM));
        return new ControlActivitiesReport.Feedback(counts.get(FeedbackFigure.RECEIVED),
                counts.get(FeedbackFigure.ACCEPTED), counts.get(FeedbackFigure.HANDLED),
                counts.get(FeedbackFigure.HANDLED_ON_TIME), counts.get(FeedbackFigure.PUBLISHED),
                counts.get(FeedbackFigure.IN_PROGRESS), counts.get(FeedbackFigure.IN_PROGRESS_OVERDUE));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Feedback> feedbackRecords(String agency, ReportingPeriod period, String figure, String actor) {
        AgencyCode code = access.requireReader(agency, actor);
        requirePeriod(period);
        String name = figure == null ? "" : figure.strip().replaceFirst("^feedback\\.", "");
        FeedbackFigure named = FeedbackFigure.ofJson(name).orElseThrow(() -> ProblemException.invalidField("figure",
                "Không có chỉ tiêu \"feedback." + name + "\"; các chỉ tiêu phản ánh, kiến nghị: " + java.util.Arrays
                        .stream(FeedbackFigure.values()).map(f -> "feedback." + f.json())
                        .collect(Collectors.joining(", "))));
        return feedback.records(code.value(), period.startInstant(VIETNAM), period.endExclusiveInstant(VIETNAM),
                named, FEEDBACK_DRILL_LIMIT);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ControlRecord> records(String agency, ReportingPeriod period, String figure, String actor) {
        AgencyCode code = access.requireReader(agency, actor);
        requirePeriod(period);
        String name = figure == null ? "" : figure.strip();
        if (name.equals(ControlFigures.DOCUMENTS)) {
            return repository.select(ControlList.DOCUMENTS, code.value(), ControlFigures.DOCUMENTS_CONDITION,
                    period.from(), period.to());
        }
        ControlFigures.Figure found = ControlFigures.byName(name).orElseThrow(() -> ProblemException.invalidField(
                "figure", "Không có chỉ tiêu \"" + name + "\"; các chỉ tiêu: " + ControlFigures.DOCUMENTS + ", "
                        + ControlFigures.FIGURES.stream().map(ControlFigures.Figure::name)
                                .collect(Collectors.joining(", "))));
        return repository.select(found.list(), code.value(), found.condition(), period.from(), period.to());
    }

    @Override
    public String storeFile(InputStream content, String actor) {
        if (!access.mayWriteSome(actor)) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN,
                    "Chỉ cán bộ kiểm soát TTHC hoặc quản trị hệ thống được tải tệp văn bản lên.");
        }
        return files.store(content).key();
    }

    @Override
    @Transactional(readOnly = true)
    public InputStream documentFile(long id, String actor) {
        ControlRecord document = get(ControlList.DOCUMENTS, id, actor);
        Object key = document.value("fileId");
        if (key == null) {
            throw ProblemException.notFound("Văn bản số " + id + " chưa có tệp đính kèm");
        }
        return files.open(key.toString()).orElseThrow(() -> ProblemException.notFound(
                "Tệp của văn bản số " + id + " không còn trong kho tệp"));
    }

    /** A document's {@code fileId} names a stored file. */
    private void requireFile(ControlList list, RecordInput record) {
        Object key = record.values().get("fileId");
        if (list != ControlList.DOCUMENTS || key == null) {
            return;
        }
        java.util.Optional<InputStream> stored = key.toString().matches("[0-9a-f]{64}")
                ? files.open(key.toString()) : java.util.Optional.empty();
        if (stored.isEmpty()) {
            throw ProblemException.invalidField("fileId", "Mã tệp đính kèm: không có tệp \"" + key
                    + "\"; tải tệp lên trước (POST /api/v1/control/documents/file)");
        }
        try {
            stored.get().close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public List<Agency> readableAgencies(String actor) {
        return access.readable(actor);
    }

    @Override
    public boolean canWrite(String agency, String actor) {
        try {
            return access.mayWrite(AgencyCode.parse(agency), actor);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static void requirePeriod(ReportingPeriod period) {
        if (period == null) {
            throw ProblemException.invalidField("period", "Cần nêu kỳ báo cáo, ví dụ 2023-Q3");
        }
    }

    private static AgencyCode parse(String agency) {
        try {
            return AgencyCode.parse(agency);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("agency", "Mã cơ quan không hợp lệ: \"" + agency + "\"");
        }
    }

    private static ProblemException notFound(ControlList list, long id) {
        return ProblemException.notFound("Không có bản ghi số " + id + " trong danh sách \"" + list.label() + "\"");
    }

    private static ProblemException stale(int current) {
        return new ProblemException(ProblemException.Kind.PRECONDITION_FAILED, "Bản ghi đã được người khác thay đổi "
                + "(phiên bản hiện tại " + current + "); vui lòng tải lại rồi sửa lại.");
    }
}
