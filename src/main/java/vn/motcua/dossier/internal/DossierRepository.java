package vn.motcua.dossier.internal;

import static vn.motcua.shared.jdbc.Columns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Outcome;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.Stage;
import vn.motcua.dossier.SubmissionChannel;

/** Dossier rows in SQL. Writes happen inside the caller's transaction. */
@Repository
class DossierRepository {

    static final String COLUMNS = """
            id, code, agency_code, procedure_code, procedure_version, procedure_name, field_name, rule_set, channel,
            result_delivery, applicant_type, applicant_name, applicant_id_number, applicant_phone, applicant_email,
            applicant_address, applicant_username, lookup_secret, status, stage, submitted_at, received_at,
            clock_start_at, original_due_at, deadline_due_at, due_at, near_due_from, extended, intake_completions,
            supplement_requests, supplement_requested_at, suspended_minutes, finished_at, outcome, returned_at,
            current_unit, assignee, branch, current_step, step_due_at, fees_due_vnd, digitized, result_digitized,
            imported, created_by, version, applicant_identity_provider, applicant_assurance_level
            """;

    private final JdbcClient jdbc;

    DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DossierState> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier WHERE code = :code").param("code", code)
                .query(DossierRepository::map).optional();
    }

    /** The row, locked until the end of the transaction: actions on one dossier run one after another. */
    Optional<DossierState> lock(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier WHERE code = :code FOR UPDATE").param("code", code)
                .query(DossierRepository::map).optional();
    }

    /** Sets the digitised flag of a live (not imported) dossier; the ledger's triggers count the change. */
    void markDigitized(long id, boolean digitized) {
        jdbc.sql("UPDATE dossier SET digitized = :digitized WHERE id = :id AND NOT imported"
                + " AND digitized IS DISTINCT FROM :digitized").param("id", id).param("digitized", digitized).update();
    }

    /** Flags a live dossier as reusing digitised data; the ledger's triggers count the change. */
    void markReusedData(long id) {
        jdbc.sql("UPDATE dossier SET reused_data = true WHERE id = :id AND NOT imported AND NOT reused_data")
                .param("id", id).update();
    }

    /** The dossier an earlier request with the same idempotency key created, and that request's fingerprint. */
    Optional<IdempotentRequest> findByIdempotencyKey(String createdBy, String key) {
        return jdbc.sql("SELECT code, request_hash FROM dossier WHERE created_by = :user AND idempotency_key = :key")
                .param("user", createdBy).param("key", key)
                .query((rs, n) -> new IdempotentRequest(rs.getString(1), rs.getString(2))).optional();
    }

    record IdempotentRequest(String code, String requestHash) {}

    boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM dossier WHERE code = :code").param("code", code).query(Long.class)
                .single() > 0;
    }

    /** The next number of the agency's day, gap-free: a rolled-back registration gives its number back. */
    int nextSequence(String agency, LocalDate day) {
        return jdbc.sql("""
                INSERT INTO dossier_code_sequence (agency_code, day, last_value) VALUES (:agency, :day, 1)
                ON CONFLICT (agency_code, day) DO UPDATE SET last_value = dossier_code_sequence.last_value + 1
                RETURNING last_value
                """).param("agency", agency).param("day", day).query(Integer.class).single();
    }

    /** The next number of the centralised code's day (agency, AA, day), gap-free like {@link #nextSequence}. */
    int nextCentralisedSequence(String agency, String systemDigits, LocalDate day) {
        return jdbc.sql("""
                INSERT INTO dossier_code_sequence_centralised (agency_code, system_digits, day, last_value)
                VALUES (:agency, :digits, :day, 1)
                ON CONFLICT (agency_code, system_digits, day)
                DO UPDATE SET last_value = dossier_code_sequence_centralised.last_value + 1
                RETURNING last_value
                """).param("agency", agency).param("digits", systemDigits).param("day", day)
                .query(Integer.class).single();
    }

    /** Raises the day's counter to at least {@code value} (imported codes keep later numbers free). */
    void reserveSequence(String agency, LocalDate day, int value) {
        jdbc.sql("""
                INSERT INTO dossier_code_sequence (agency_code, day, last_value) VALUES (:agency, :day, :value)
                ON CONFLICT (agency_code, day)
                DO UPDATE SET last_value = greatest(dossier_code_sequence.last_value, :value)
                """).param("agency", agency).param("day", day).param("value", value).update();
    }

    /** Gives a dossier registered in this transaction its code (migration V6: required by commit). */
    void assignCode(long id, String code) {
        jdbc.sql("UPDATE dossier SET code = :code WHERE id = :id").param("id", id).param("code", code).update();
    }

    long insert(DossierState d, String idempotencyKey, String requestHash, Instant now) {
        return bindChangeable(jdbc.sql("""
                INSERT INTO dossier (code, agency_code, procedure_code, procedure_version, procedure_name, field_name,
                    rule_set, channel, result_delivery, applicant_type, applicant_name, applicant_id_number,
                    applicant_phone, applicant_email, applicant_address, applicant_username, lookup_secret, status,
                    stage, submitted_at, received_at, clock_start_at, original_due_at, deadline_due_at, due_at,
                    near_due_from, extended, intake_completions, supplement_requests, supplement_requested_at,
                    suspended_minutes, finished_at, outcome, returned_at, current_unit, assignee, branch,
                    current_step, step_due_at, fees_due_vnd, digitized, result_digitized, imported, created_by,
                    idempotency_key, request_hash, version, updated_at, applicant_identity_provider,
                    applicant_assurance_level)
                VALUES (:code, :agency, :procedureCode, :procedureVersion, :procedureName, :fieldName, :ruleSet,
                    :channel, :resultDelivery, :applicantType, :applicantName, :applicantIdNumber, :applicantPhone,
                    :applicantEmail, :applicantAddress, :applicantUsername, :lookupSecret, :status, :stage,
                    :submittedAt, :receivedAt, :clockStartAt, :originalDueAt, :deadlineDueAt, :dueAt, :nearDueFrom,
                    :extended, :intakeCompletions, :supplementRequests, :supplementRequestedAt, :suspendedMinutes,
                    :finishedAt, :outcome, :returnedAt, :currentUnit, :assignee, :branch, :currentStep, :stepDueAt,
                    :feesDueVnd, :digitized, :resultDigitized, :imported, :createdBy, :idempotencyKey, :requestHash,
                    :version, :now, :identityProvider, :assuranceLevel)
                RETURNING id
                """), d)
                .param("code", d.code, Types.VARCHAR).param("agency", d.agencyCode)
                .param("procedureCode", d.procedureCode)
                .param("procedureVersion", d.procedureVersion).param("procedureName", d.procedureName)
                .param("fieldName", d.fieldName, Types.VARCHAR).param("ruleSet", d.ruleSet)
                .param("channel", d.channel.name())
                .param("applicantType", d.applicant.type().name()).param("applicantName", d.applicant.name())
                .param("applicantIdNumber", d.applicant.idNumber(), Types.VARCHAR)
                .param("applicantPhone", d.applicant.phone(), Types.VARCHAR)
                .param("applicantEmail", d.applicant.email(), Types.VARCHAR)
                .param("applicantAddress", d.applicant.address(), Types.VARCHAR)
                .param("applicantUsername", d.applicantUsername, Types.VARCHAR)
                .param("identityProvider", d.applicant.identityProvider(), Types.VARCHAR)
                .param("assuranceLevel", d.applicant.assuranceLevel(), Types.SMALLINT)
                .param("lookupSecret", d.lookupSecret)
                .param("submittedAt", ts(d.submittedAt), Types.TIMESTAMP).param("feesDueVnd", d.feesDueVnd)
                .param("imported", d.imported).param("createdBy", d.createdBy)
                .param("idempotencyKey", idempotencyKey, Types.VARCHAR)
                .param("requestHash", requestHash, Types.VARCHAR).param("version", d.version)
                .param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    /**
     * Writes the changed row, its code included, with the next version; the caller holds the row lock. A registration
     * writes it once it has taken the code, so the code is never null here.
     */
    void update(DossierState d, Instant now) {
        Objects.requireNonNull(d.code, "a dossier's row is written with its code");
        d.version++;
        bindChangeable(jdbc.sql("""
                UPDATE dossier SET code = :code, status = :status, stage = :stage, received_at = :receivedAt,
                    clock_start_at = :clockStartAt, original_due_at = :originalDueAt,
                    deadline_due_at = :deadlineDueAt, due_at = :dueAt, near_due_from = :nearDueFrom,
                    extended = :extended, intake_completions = :intakeCompletions,
                    supplement_requests = :supplementRequests, supplement_requested_at = :supplementRequestedAt,
                    suspended_minutes = :suspendedMinutes, finished_at = :finishedAt, outcome = :outcome,
                    returned_at = :returnedAt, result_delivery = :resultDelivery, current_unit = :currentUnit,
                    assignee = :assignee, branch = :branch, current_step = :currentStep, step_due_at = :stepDueAt,
                    digitized = :digitized, result_digitized = :resultDigitized, version = :version,
                    updated_at = :now
                WHERE id = :id
                """), d)
                .param("code", d.code).param("version", d.version).param("now", Timestamp.from(now))
                .param("id", d.id).update();
    }

    /** Binds the columns that actions change, shared by insert and update. */
    private static JdbcClient.StatementSpec bindChangeable(JdbcClient.StatementSpec spec, DossierState d) {
        return spec.param("status", d.status.name()).param("stage", name(d.stage), Types.VARCHAR)
                .param("receivedAt", ts(d.receivedAt), Types.TIMESTAMP)
                .param("clockStartAt", ts(d.clockStartAt), Types.TIMESTAMP)
                .param("originalDueAt", ts(d.originalDueAt), Types.TIMESTAMP)
                .param("deadlineDueAt", ts(d.deadlineDueAt), Types.TIMESTAMP)
                .param("dueAt", ts(d.dueAt), Types.TIMESTAMP)
                .param("nearDueFrom", ts(d.nearDueFrom), Types.TIMESTAMP)
                .param("extended", d.extended).param("intakeCompletions", d.intakeCompletions)
                .param("supplementRequests", d.supplementRequests)
                .param("supplementRequestedAt", ts(d.supplementRequestedAt), Types.TIMESTAMP)
                .param("suspendedMinutes", d.suspendedMinutes)
                .param("finishedAt", ts(d.finishedAt), Types.TIMESTAMP)
                .param("outcome", name(d.outcome), Types.VARCHAR)
                .param("returnedAt", ts(d.returnedAt), Types.TIMESTAMP)
                .param("resultDelivery", name(d.resultDelivery), Types.VARCHAR)
                .param("currentUnit", d.currentUnit, Types.VARCHAR).param("assignee", d.assignee, Types.VARCHAR)
                .param("branch", d.branch, Types.VARCHAR).param("currentStep", d.currentStep, Types.INTEGER)
                .param("stepDueAt", ts(d.stepDueAt), Types.TIMESTAMP)
                .param("digitized", d.digitized).param("resultDigitized", d.resultDigitized);
    }

    static DossierState map(ResultSet rs, int row) throws SQLException {
        DossierState d = new DossierState();
        d.id = rs.getLong("id");
        d.code = rs.getString("code");
        d.agencyCode = rs.getString("agency_code");
        d.procedureCode = rs.getString("procedure_code");
        d.procedureVersion = rs.getInt("procedure_version");
        d.procedureName = rs.getString("procedure_name");
        d.fieldName = rs.getString("field_name");
        d.ruleSet = rs.getString("rule_set");
        d.channel = SubmissionChannel.valueOf(rs.getString("channel"));
        d.resultDelivery = enumOf(ResultDelivery.class, rs.getString("result_delivery"));
        d.applicant = new Applicant(Applicant.Type.valueOf(rs.getString("applicant_type")),
                rs.getString("applicant_name"), rs.getString("applicant_id_number"), rs.getString("applicant_phone"),
                rs.getString("applicant_email"), rs.getString("applicant_address"),
                rs.getString("applicant_identity_provider"), (Integer) rs.getObject("applicant_assurance_level",
                        Integer.class));
        d.applicantUsername = rs.getString("applicant_username");
        d.lookupSecret = rs.getString("lookup_secret");
        d.status = DossierStatus.valueOf(rs.getString("status"));
        d.stage = enumOf(Stage.class, rs.getString("stage"));
        d.submittedAt = instant(rs, "submitted_at");
        d.receivedAt = instant(rs, "received_at");
        d.clockStartAt = instant(rs, "clock_start_at");
        d.originalDueAt = instant(rs, "original_due_at");
        d.deadlineDueAt = instant(rs, "deadline_due_at");
        d.dueAt = instant(rs, "due_at");
        d.nearDueFrom = instant(rs, "near_due_from");
        d.extended = rs.getBoolean("extended");
        d.intakeCompletions = rs.getInt("intake_completions");
        d.supplementRequests = rs.getInt("supplement_requests");
        d.supplementRequestedAt = instant(rs, "supplement_requested_at");
        d.suspendedMinutes = rs.getLong("suspended_minutes");
        d.finishedAt = instant(rs, "finished_at");
        d.outcome = enumOf(Outcome.class, rs.getString("outcome"));
        d.returnedAt = instant(rs, "returned_at");
        d.currentUnit = rs.getString("current_unit");
        d.assignee = rs.getString("assignee");
        d.branch = rs.getString("branch");
        d.currentStep = (Integer) rs.getObject("current_step");
        d.stepDueAt = instant(rs, "step_due_at");
        d.feesDueVnd = rs.getLong("fees_due_vnd");
        d.digitized = rs.getBoolean("digitized");
        d.resultDigitized = rs.getBoolean("result_digitized");
        d.imported = rs.getBoolean("imported");
        d.createdBy = rs.getString("created_by");
        d.version = rs.getInt("version");
        return d;
    }


    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
