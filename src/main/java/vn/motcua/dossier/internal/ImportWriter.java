package vn.motcua.dossier.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.DossierCode;
import vn.motcua.dossier.HistoricalDossiers;

/**
 * Writes imported dossiers in bulk: the dossier rows, their history and their fees each with one {@code COPY} per
 * batch (ids drawn from the dossier sequence beforehand, so the history can name them), and the code sequences
 * raised past the imported numbers. The rows are made ready outside the transaction that copies them.
 */
@Repository
class ImportWriter {

    private static final String DOSSIER_COLUMNS = """
            id, code, agency_code, procedure_code, procedure_version, procedure_name, field_name, rule_set, channel,
            result_delivery, applicant_type, applicant_name, applicant_id_number, applicant_phone, applicant_email,
            applicant_address, lookup_secret, status, stage, submitted_at, received_at, clock_start_at,
            original_due_at, deadline_due_at, due_at, near_due_from, extended, supplement_requests,
            supplement_requested_at, suspended_minutes, finished_at, outcome, returned_at, current_unit, assignee,
            current_step, step_due_at, fees_due_vnd, digitized, result_digitized, imported, created_by, version,
            updated_at""";
    private static final String COPY_DOSSIERS = "COPY dossier (" + DOSSIER_COLUMNS + ") FROM STDIN (FORMAT csv)";
    private static final String COPY_EVENTS = """
            COPY dossier_event (dossier_id, seq, type, at, actor, reason, before, after, data, public)
            FROM STDIN (FORMAT csv)""";
    private static final String COPY_FEES = """
            COPY dossier_fee (dossier_id, name, amount_vnd, paid_at, paid_online) FROM STDIN (FORMAT csv)""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final DossierRepository dossiers;
    private final JsonMapper json;
    private final SQLStateSQLExceptionTranslator translator = new SQLStateSQLExceptionTranslator();

    ImportWriter(JdbcClient jdbc, DataSource dataSource, DossierRepository dossiers, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.dossiers = dossiers;
        this.json = json;
    }

    /** The codes among {@code codes} that are already in the database (one indexed look-up per batch). */
    Set<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT code FROM dossier WHERE code = ANY(:codes)")
                .param("codes", codes.toArray(String[]::new)).query(String.class).list());
    }

    /** Ids for {@code count} new dossiers, drawn from the dossier sequence (outside any transaction is fine). */
    List<Long> newIds(int count) {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence('dossier', 'id')) FROM generate_series(1, :n)")
                .param("n", count).query(Long.class).list();
    }

    /** The rows of a batch of dossiers whose ids are set, ready to copy. */
    record Rows(CopyRows dossiers, CopyRows events, CopyRows fees, Map<String, Map<LocalDate, Integer>> sequences)
            implements HistoricalDossiers.Rows {}

    Rows rows(List<ImportReplay.Replayed> batch, Instant now) {
        CopyRows dossiers = new CopyRows();
        CopyRows events = new CopyRows();
        CopyRows fees = new CopyRows();
        Map<String, Map<LocalDate, Integer>> sequences = new LinkedHashMap<>();
        for (ImportReplay.Replayed replayed : batch) {
            DossierState d = replayed.dossier();
            dossierRow(dossiers, d, now);
            int seq = 0;
            for (EventRepository.NewEvent event : replayed.events()) {
                events.number(d.id).number(++seq).text(event.type()).time(event.at()).text(event.actor())
                        .text(event.reason()).text(write(event.before())).text(write(event.after()))
                        .text(write(withLabel(event))).flag(event.publicStep());
                events.endRow();
            }
            for (ImportReplay.Fee fee : replayed.fees()) {
                fees.number(d.id).text(fee.name()).number(fee.amountVnd()).time(fee.paidAt()).flag(fee.paidOnline());
                fees.endRow();
            }
            DossierCode code = DossierCode.parse(d.code, "code");
            sequences.computeIfAbsent(code.agency(), a -> new HashMap<>()).merge(code.day(), code.sequence(),
                    Math::max);
        }
        return new Rows(dossiers, events, fees, sequences);
    }

    /**
     * Copies the rows and raises each agency's day sequence past the highest imported number of the day, so new live
     * codes never collide with imported ones. Call inside the batch's transaction.
     */
    void write(Rows rows) {
        copy(COPY_DOSSIERS, rows.dossiers());
        copy(COPY_EVENTS, rows.events());
        copy(COPY_FEES, rows.fees());
        rows.sequences().forEach((agency, days) -> days.forEach((day, value) ->
                dossiers.reserveSequence(agency, day, value)));
    }

    private static void dossierRow(CopyRows row, DossierState d, Instant now) {
        row.number(d.id).text(d.code).text(d.agencyCode).text(d.procedureCode).number(d.procedureVersion)
                .text(d.procedureName).text(d.fieldName).text(d.ruleSet).name(d.channel).name(d.resultDelivery)
                .name(d.applicant.type()).text(d.applicant.name()).text(d.applicant.idNumber())
                .text(d.applicant.phone()).text(d.applicant.email()).text(d.applicant.address())
                .text(d.lookupSecret).name(d.status).name(d.stage).time(d.submittedAt).time(d.receivedAt)
                .time(d.clockStartAt).time(d.originalDueAt).time(d.deadlineDueAt).time(d.dueAt)
                .time(d.nearDueFrom).flag(d.extended).number(d.supplementRequests).time(d.supplementRequestedAt)
                .number(d.suspendedMinutes).time(d.finishedAt).name(d.outcome).time(d.returnedAt)
                .text(d.currentUnit).text(d.assignee).number(d.currentStep).time(d.stepDueAt)
                .number(d.feesDueVnd).flag(d.digitized).flag(d.resultDigitized).flag(d.imported)
                .text(d.createdBy).number(d.version).time(now);
        row.endRow();
    }

    private void copy(String sql, CopyRows rows) {
        if (rows.rows() == 0) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.content()));
        } catch (SQLException e) {
            throw translator.translate("COPY", sql, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static Map<String, Object> withLabel(EventRepository.NewEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("label", event.label());
        if (event.data() != null) {
            data.putAll(event.data());
        }
        return data;
    }

    private String write(Map<String, Object> values) {
        return values == null || values.isEmpty() ? null : json.writeValueAsString(values);
    }
}
