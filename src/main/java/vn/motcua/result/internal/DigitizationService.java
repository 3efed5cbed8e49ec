package vn.motcua.result.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierHistories;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Users;
import vn.motcua.result.DigitizationState;
import vn.motcua.result.Digitization;
import vn.motcua.result.Digitizations;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.VietnamTime;

/** Digitisation records in {@code dossier_component_digitization}; each recording is also a history event. */
@Service
class DigitizationService implements Digitizations {

    private static final int MAX_REASON = 1000;

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final DossierHistories histories;
    private final Catalog catalog;
    private final Users users;
    private final ApplicantResults store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DigitizationService(JdbcClient jdbc, Dossiers dossiers, DossierHistories histories, Catalog catalog, Users users,
            ApplicantResults store, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.histories = histories;
        this.catalog = catalog;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Digitization of(String dossierCode, String actor) {
        Dossier dossier = dossiers.get(dossierCode, actor);
        return of(dossier, dossiers.documents(dossier.code(), actor));
    }

    /** Without an access check: for the dossier's detail, already checked by the engine. */
    Digitization of(Dossier dossier, List<DossierDocument> documents) {
        return DigitizationRule.of(components(dossier), recorded(dossier.code()), documents,
                dossier.channel() == SubmissionChannel.ONLINE);
    }

    private List<String> components(Dossier dossier) {
        return DigitizationRule.components(catalog.version(dossier.agencyCode(), dossier.procedureCode(),
                dossier.procedureVersion()).content().documents().stream().map(RequiredDocument::name).toList());
    }

    private Map<String, Digitization.Component> recorded(String dossierCode) {
        Map<String, Digitization.Component> recorded = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT component, state, pages, document_id, reason, recorded_by, recorded_at, reused_from
                FROM dossier_component_digitization WHERE dossier_code = :code
                """).param("code", dossierCode).query((rs, n) -> {
                    DigitizationState state = DigitizationState.valueOf(rs.getString("state"));
                    Number pages = (Number) rs.getObject("pages");
                    Number document = (Number) rs.getObject("document_id");
                    return new Digitization.Component(rs.getString("component"), state, state.label(),
                            pages == null ? null : pages.intValue(), document == null ? null : document.longValue(),
                            rs.getString("reason"), true, rs.getString("recorded_by"),
                            VietnamTime.offset(rs.getTimestamp("recorded_at").toInstant()), rs.getString("reused_from"));
                }).list().forEach(c -> recorded.put(c.name(), c));
        return recorded;
    }

    @Override
    public Digitization record(String dossierCode, Digitization.Entry entry, String actor) {
        Dossier dossier = dossiers.get(dossierCode, actor);
        var user = users.find(actor).orElseThrow(() -> forbidden());
        AgencyCode agency = AgencyCode.parse(dossier.agencyCode());
        if (ResultService.RECORDING_ROLES.stream().noneMatch(role -> user.hasRole(role, agency))) {
            throw forbidden();
        }
        if (entry.state() == null) {
            throw ProblemException.invalidField("state", "Cần chọn tình trạng số hóa: ELECTRONIC, SCANNED, SHOWN, "
                    + "EXEMPT hoặc MISSING");
        }
        String component = entry.component() == null ? "" : entry.component().strip();
        String name = components(dossier).stream()
                .filter(c -> DigitizationRule.key(c).equals(DigitizationRule.key(component))).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("component", "Thủ tục không có thành phần hồ sơ \""
                        + component + "\"; các thành phần: " + String.join("; ", components(dossier))));
        String reason = entry.reason() == null || entry.reason().isBlank() ? null : entry.reason().strip();
        if (entry.state() == DigitizationState.EXEMPT && reason == null) {
            throw ProblemException.invalidField("reason", "Cần ghi lý do không phải số hóa (khoản 2 Điều 5 Thông tư "
                    + "03/2025/TT-VPCP)");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw ProblemException.invalidField("reason", "Lý do tối đa " + MAX_REASON + " ký tự");
        }
        if (entry.pages() != null && entry.pages() < 1) {
            throw ProblemException.invalidField("pages", "Số trang phải lớn hơn 0");
        }
        List<DossierDocument> documents = dossiers.documents(dossier.code(), actor);
        if (entry.documentId() != null && documents.stream().noneMatch(d -> d.id() == entry.documentId())) {
            throw ProblemException.invalidField("documentId", "Hồ sơ không có tài liệu số " + entry.documentId());
        }
        if (entry.state() == DigitizationState.SCANNED && entry.documentId() == null) {
            throw ProblemException.invalidField("documentId", "Thành phần đã quét cần chỉ ra tệp đã tải lên "
                    + "(documentId)");
        }
        return transactions.execute(status -> write(dossier, documents, new Digitization.Entry(name, entry.state(),
                entry.pages(), entry.documentId(), reason), null, actor));
    }

    @Override
    public Digitization recordReuse(String dossierCode, String component, String resultCode, String actor) {
        Dossier dossier = dossiers.get(dossierCode, actor);
        String code = resultCode == null ? "" : resultCode.strip();
        if (!store.holds(actor, code)) {
            throw ProblemException.notFound("Kết quả " + code + " không có trong kho kết quả của bạn.");
        }
        List<String> components = components(dossier);
        String name = components.size() == 1 ? components.get(0) : components.stream()
                .filter(c -> DigitizationRule.key(c).equals(DigitizationRule.key(component))).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("component", "Thủ tục không có thành phần hồ sơ \""
                        + component + "\""));
        List<DossierDocument> documents = dossiers.documents(dossier.code(), actor);
        Long document = documents.stream().filter(d -> DigitizationRule.submittedFor(d, name, components))
                .map(DossierDocument::id).reduce((first, last) -> last).orElse(null);
        return transactions.execute(status -> write(dossier, documents, new Digitization.Entry(name,
                DigitizationState.ELECTRONIC, null, document, null), code, actor));
    }

    /** Writes one component's record, the dossier's flags and the history event, under the dossier's lock. */
    private Digitization write(Dossier dossier, List<DossierDocument> documents, Digitization.Entry entry,
            String reusedFrom, String actor) {
        DossierHistories.LockedDossier locked = histories.lock(dossier.code());
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO dossier_component_digitization (dossier_id, dossier_code, component, state, pages,
                    document_id, reason, recorded_by, recorded_at, reused_from)
                VALUES (:id, :code, :component, :state, :pages, :document, :reason, :actor, :now, :reusedFrom)
                ON CONFLICT (dossier_id, component) DO UPDATE SET state = excluded.state,
                    pages = excluded.pages, document_id = excluded.document_id, reason = excluded.reason,
                    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at,
                    reused_from = excluded.reused_from
                """).param("id", locked.id()).param("code", locked.code()).param("component", entry.component())
                .param("state", entry.state().name()).param("pages", entry.pages(), Types.INTEGER)
                .param("document", entry.documentId(), Types.BIGINT).param("reason", entry.reason(), Types.VARCHAR)
                .param("actor", actor).param("now", Timestamp.from(now))
                .param("reusedFrom", reusedFrom, Types.VARCHAR).update();
        Digitization digitization = of(dossier, documents);
        histories.markDigitized(locked, digitization.complete());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("component", entry.component());
        data.put("state", entry.state().name());
        data.put("reason", entry.reason());
        data.put("reusedFrom", reusedFrom);
        data.put("complete", digitization.complete());
        String label = "Số hóa thành phần \"" + entry.component() + "\": " + entry.state().label();
        if (reusedFrom != null) {
            histories.markReusedData(locked);
            label = "Thành phần \"" + entry.component() + "\" dùng lại kết quả đã số hóa " + reusedFrom;
        }
        histories.append(locked, new DossierHistories.Entry(reusedFrom == null ? "component-digitized"
                : "component-reused", label, now, actor, data, false));
        return digitization;
    }

    private static ProblemException forbidden() {
        return new ProblemException(ProblemException.Kind.FORBIDDEN,
                "Chỉ cán bộ của cơ quan giải quyết hồ sơ được ghi nhận số hóa thành phần hồ sơ.");
    }
}
