package vn.motcua.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.dossier.ActionCommand;
import vn.motcua.dossier.ControlSheetRow;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.Timeliness;
import vn.motcua.documents.ApologyExtensionForm;
import vn.motcua.documents.ControlSheetForm;
import vn.motcua.documents.DossierFacts;
import vn.motcua.documents.FormHeader;
import vn.motcua.documents.FormInput;
import vn.motcua.documents.FormKind;
import vn.motcua.documents.FormRenderer;
import vn.motcua.documents.FormSet;
import vn.motcua.documents.RefusalForm;
import vn.motcua.documents.ReceiptForm;
import vn.motcua.documents.StopNoticeForm;
import vn.motcua.documents.SupplementRequestForm;
import vn.motcua.documents.TrackingBookForm;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.Users;
import vn.motcua.platform.FileStorage;
import vn.motcua.platform.Jobs;
import vn.motcua.shared.ProblemException;

/**
 * The forms of Circular 03/2025 (or 01/2018, by the dossier's rule set): issued with the action that calls for them,
 * numbered per agency, form and year and recorded with their data in its transaction, rendered to PDF after commit
 * ({@link FormRendering}) and kept in the file storage; the control sheet and the tracking book are drawn from the
 * current state when asked for.
 */
@Component
class DossierForms {

    private static final String DESK_ABBREVIATION = "BPTNTKQ";

    private final FormRenderer renderer;
    private final FormRepository repository;
    private final FileStorage storage;
    private final DocumentRepository documents;
    private final Catalog catalog;
    private final Agencies agencies;
    private final Users users;
    private final Deadlines deadlines;
    private final RuleSetRepository ruleSets;
    private final DossierProperties properties;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Jobs jobs;

    DossierForms(FormRenderer renderer, FormRepository repository, FileStorage storage, DocumentRepository documents,
            Catalog catalog, Agencies agencies, Users users, Deadlines deadlines, RuleSetRepository ruleSets,
            DossierProperties properties, JdbcClient jdbc, JsonMapper json, Jobs jobs) {
        this.renderer = renderer;
        this.repository = repository;
        this.storage = storage;
        this.documents = documents;
        this.catalog = catalog;
        this.agencies = agencies;
        this.users = users;
        this.deadlines = deadlines;
        this.ruleSets = ruleSets;
        this.properties = properties;
        this.jdbc = jdbc;
        this.json = json;
        this.jobs = jobs;
    }

    /**
     * Reads what the form an action issues will say, apart from its number and the dossier's code, which are taken
     * by {@link #issue} as late as possible in the action's transaction.
     */
    Prepared prepare(DossierState d, FormKind kind, ActionContext ctx, ActionCommand command, Instant now,
            String actor) {
        ZoneId zone = deadlines.zone(d.agencyCode);
        Issuer issuer = issuer(d.agencyCode);
        // the actor's account, read for the action's access checks (none for the system)
        String officer = ctx.user != null ? ctx.user.fullName() : fullName(actor);
        @SuppressWarnings("unchecked")
        List<String> checked = (List<String>) ctx.data.get("components");
        List<String> received = checked != null ? checkedComponents(ctx.procedure, checked)
                : receivedDocuments(d, ctx.procedure);
        String reason = command.reason();
        Instant previousDueAt = (Instant) ctx.data.get("previousDueAt");
        List<String> items = kind == FormKind.SUPPLEMENT_REQUEST ? items(command) : List.of();
        Function<FormHeader, FormInput> input = header -> {
            DossierFacts facts = facts(d, ctx.procedure, received, officer, zone);
            return switch (kind) {
                case RECEIPT -> new ReceiptForm(header, facts, null, null, d.lookupSecret);
                case SUPPLEMENT_REQUEST -> new SupplementRequestForm(header, facts, items, reason, officer, null,
                        officer);
                case REFUSAL -> new RefusalForm(header, facts, List.of(reason));
                case APOLOGY_EXTENSION -> new ApologyExtensionForm(header, facts, reason, local(previousDueAt, zone),
                        local(d.dueAt, zone), "GIÁM ĐỐC", officer);
                case STOP_NOTICE -> new StopNoticeForm(header, facts, now.atZone(zone).toLocalDate(), reason,
                        "TRƯỞNG BỘ PHẬN MỘT CỬA", officer);
                default -> throw new IllegalArgumentException("Not issued by an action: " + kind);
            };
        };
        return new Prepared(d.id, d.agencyCode, kind, formSet(d), issuer, now.atZone(zone).toLocalDate(), input, now,
                actor);
    }

    /** A form read and ready to be numbered; see {@link #prepare}. */
    record Prepared(long dossierId, String agency, FormKind kind, FormSet set, Issuer issuer, LocalDate date,
            Function<FormHeader, FormInput> input, Instant at, String by) {}

    /**
     * Numbers the prepared forms and records them with their data, in the action's transaction; each is rendered to
     * PDF by a job once that transaction commits ({@link FormRendering}).
     */
    void issue(List<Prepared> forms) {
        for (Prepared form : forms) {
            String number = String.valueOf(repository.nextNumber(form.agency(), form.kind().slug(),
                    form.date().getYear()));
            FormInput input = form.input().apply(form.issuer().header(form.date(), number));
            long id = repository.add(form.dossierId(), form.kind().slug(), number, form.set(),
                    json.writeValueAsString(input), form.at(), form.by());
            jobs.enqueue(FormRendering.KIND, String.valueOf(id));
        }
    }

    /** What the applicant must supply, as listed by a completion or supplement request. */
    private static List<String> items(ActionCommand command) {
        if (command instanceof ActionCommand.RequestCompletion completion) {
            return completion.items();
        }
        if (command instanceof ActionCommand.RequestSupplement supplement) {
            return supplement.items();
        }
        throw new IllegalArgumentException("No items in " + command);
    }

    /**
     * The PDF of a form of the dossier: the issued copy (empty while it is still being rendered after the action
     * that issued it), or the live control sheet and tracking book.
     */
    Optional<byte[]> pdf(DossierState d, String slug, List<ControlSheetRow> sheet, Instant now) {
        FormKind kind = FormKind.fromSlug(slug).orElseThrow(() -> ProblemException.notFound("Không có biểu mẫu \""
                + slug + "\"; các biểu mẫu: receipt, supplement-request, refusal, apology-extension, stop-notice, "
                + "control-sheet, tracking-book"));
        ZoneId zone = deadlines.zone(d.agencyCode);
        LocalDate today = now.atZone(zone).toLocalDate();
        return switch (kind) {
            case CONTROL_SHEET -> Optional.of(renderer.render(formSet(d), controlSheet(d, sheet, zone, today)));
            case TRACKING_BOOK -> Optional.of(renderer.render(formSet(d), trackingBook(d, zone, today)));
            default -> repository.latest(d.id, kind.slug()).orElseThrow(() -> ProblemException.notFound("Hồ sơ "
                    + d.code + " chưa được lập biểu mẫu \"" + slug + "\"")).file().map(this::read);
        };
    }

    private ControlSheetForm controlSheet(DossierState d, List<ControlSheetRow> sheet, ZoneId zone, LocalDate today) {
        ProcedureVersion procedure = catalog.version(d.agencyCode, d.procedureCode, d.procedureVersion);
        List<ControlSheetForm.Handover> handovers = sheet.stream().map(row -> new ControlSheetForm.Handover(
                row.handedBy() == null ? "Bộ phận Một cửa" : fullName(row.handedBy()),
                row.handedTo() == null ? row.responsible() : unitName(d.agencyCode, row.handedTo()) + " – "
                        + row.responsible(),
                local(row.startedAt(), zone), local(row.dueAt(), zone), outcome(row.timeliness()),
                row.handedBy() == null ? null : fullName(row.handedBy()),
                row.finishedBy() == null ? null : fullName(row.finishedBy()),
                row.note() == null ? row.action() : row.action() + ": " + row.note())).toList();
        return new ControlSheetForm(issuer(d.agencyCode).header(today, ""),
                facts(d, procedure, receivedDocuments(d, procedure), null, zone),
                d.currentUnit == null ? "Bộ phận Một cửa" : unitName(d.agencyCode, d.currentUnit), null, handovers);
    }

    /** The book of the dossier's registration day: every dossier the agency received that day, in code order. */
    private TrackingBookForm trackingBook(DossierState d, ZoneId zone, LocalDate today) {
        String dayPrefix = d.code.substring(0, d.code.lastIndexOf('-') + 1);
        List<DossierState> received = jdbc.sql("SELECT " + DossierRepository.COLUMNS + " FROM dossier"
                        + " WHERE agency_code = :agency AND code LIKE :prefix AND received_at IS NOT NULL ORDER BY code")
                .param("agency", d.agencyCode).param("prefix", dayPrefix + "%").query(DossierRepository::map).list();
        List<TrackingBookForm.Row> rows = new java.util.ArrayList<>();
        for (DossierState row : received) {
            rows.add(new TrackingBookForm.Row(rows.size() + 1, row.code, row.procedureName, row.applicant.name(),
                    contact(row), row.currentUnit == null ? null : unitName(row.agencyCode, row.currentUnit),
                    local(row.receivedAt, zone), local(row.dueAt, zone),
                    local(row.returnedAt, zone), row.resultDelivery == null ? null : row.resultDelivery.label(),
                    row.status.label()));
        }
        LocalDate day = d.submittedAt.atZone(zone).toLocalDate();
        return new TrackingBookForm(issuer(d.agencyCode).header(today, ""), "Ngày " + day.getDayOfMonth() + " tháng "
                + day.getMonthValue() + " năm " + day.getYear(), rows);
    }

    /**
     * What item 1 of the slip lists: the procedure version's components in their published order, with the form
     * and the number of copies where published; those the dossier holds a file for, or every component when it holds
     * none (a paper dossier checked at the desk). Received documents that are not components follow by name.
     */
    private List<String> receivedDocuments(DossierState d, ProcedureVersion procedure) {
        List<String> received = documents.list(d.id).stream().filter(doc -> !"RESULT".equals(doc.stage()))
                .map(DossierDocument::documentName).distinct().toList();
        List<RequiredDocument> components = procedure.content().documents();
        List<String> lines = new ArrayList<>();
        for (RequiredDocument component : components) {
            if (received.isEmpty() || received.contains(component.name())) {
                lines.add(componentLine(component));
            }
        }
        for (String name : received) {
            if (components.stream().noneMatch(component -> component.name().equals(name))) {
                lines.add(name);
            }
        }
        return lines;
    }

    /** The components the desk checked at receipt, in their published order. */
    private static List<String> checkedComponents(ProcedureVersion procedure, List<String> checked) {
        return procedure.content().documents().stream().filter(c -> checked.contains(c.name()))
                .map(DossierForms::componentLine).toList();
    }

    /** "Đơn đề nghị (Mẫu số 02 …): 01 bản chính". */
    static String componentLine(RequiredDocument component) {
        String line = component.name();
        if (component.templateName() != null) {
            line += " (" + component.templateName() + ")";
        }
        return component.copiesText() == null ? line : line + ": " + component.copiesText();
    }

    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("^\\s*(\\d{1,2})\\b");

    /** The number of sets as published ("01 bộ" → 1); one when the content does not say. */
    static int sets(ProcedureVersion procedure) {
        String sets = procedure.content().dossierSets();
        java.util.regex.Matcher number = sets == null ? null : LEADING_NUMBER.matcher(sets);
        return number != null && number.find() ? Integer.parseInt(number.group(1)) : 1;
    }

    private static DossierFacts facts(DossierState d, ProcedureVersion procedure, List<String> received,
            String officer, ZoneId zone) {
        var timeLimit = procedure.content().timeLimit();
        return new DossierFacts(d.code, d.procedureCode, d.procedureName, applicant(d), received, sets(procedure),
                timeLimit == null ? null : timeLimit.display(),
                local(d.receivedAt == null ? d.submittedAt : d.receivedAt, zone), local(d.dueAt, zone),
                d.resultDelivery == null ? "Bộ phận Một cửa" : d.resultDelivery.label(), officer);
    }

    private static vn.motcua.documents.Applicant applicant(DossierState d) {
        var type = d.applicant.type() == vn.motcua.dossier.Applicant.Type.ORGANIZATION
                ? vn.motcua.documents.Applicant.Type.ORGANISATION
                : vn.motcua.documents.Applicant.Type.INDIVIDUAL;
        return new vn.motcua.documents.Applicant(d.applicant.name(), type,
                d.applicant.idNumber() == null ? "" : d.applicant.idNumber(),
                d.applicant.address() == null ? "" : d.applicant.address(), d.applicant.phone(), d.applicant.email());
    }

    /** The issuing agency as a form's header names it. */
    record Issuer(String parent, String name, String place) {
        FormHeader header(LocalDate date, String number) {
            return new FormHeader(parent, name, DESK_ABBREVIATION, place, date, number);
        }
    }

    private Issuer issuer(String agency) {
        Agency issuer = agencies.find(AgencyCode.parse(agency)).orElseThrow();
        String parent = issuer.parentCode() == null ? "" : agencies.find(issuer.parentCode()).map(Agency::name)
                .orElse("");
        return new Issuer(upper(parent.replace("Ủy ban nhân dân", "UBND")), upper(issuer.name()), place(parent));
    }

    private String place(String parentName) {
        if (properties.place() != null) {
            return properties.place();
        }
        for (String prefix : List.of("tỉnh ", "thành phố ")) {
            int at = parentName.indexOf(prefix);
            if (at >= 0) {
                return parentName.substring(at + prefix.length());
            }
        }
        return parentName;
    }

    private FormSet formSet(DossierState d) {
        return FormSet.valueOf(ruleSets.byId(d.ruleSet).formSet());
    }

    /** The unit's name ("Phòng Quản lý công nghệ và Đổi mới sáng tạo"); the code when the agency has no such unit. */
    private String unitName(String agencyCode, String unitCode) {
        try {
            return agencies.find(vn.motcua.identity.AgencyCode.parse(agencyCode)).map(a -> a.unitName(unitCode))
                    .orElse(unitCode);
        } catch (IllegalArgumentException e) {
            return unitCode;
        }
    }

    private String fullName(String username) {
        return username == null ? null : users.find(username).map(u -> u.fullName()).orElse(username);
    }

    private byte[] read(String key) {
        try (InputStream in = storage.open(key).orElseThrow(() -> new IllegalStateException("Missing form " + key))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contact(DossierState d) {
        return String.join("; ", java.util.stream.Stream.of(d.applicant.address(), d.applicant.phone())
                .filter(java.util.Objects::nonNull).toList());
    }

    private static ControlSheetForm.StepOutcome outcome(Timeliness timeliness) {
        return switch (timeliness) {
            case EARLY -> ControlSheetForm.StepOutcome.EARLY;
            case ON_TIME -> ControlSheetForm.StepOutcome.ON_TIME;
            case LATE -> ControlSheetForm.StepOutcome.LATE;
            default -> null;
        };
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
