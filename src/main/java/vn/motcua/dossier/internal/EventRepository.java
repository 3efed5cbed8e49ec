package vn.motcua.dossier.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.DossierEvent;

/** The append-only history; the database refuses updates and deletes of its rows. */
@Repository
class EventRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EventRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An event to append: its type (action slug), label and facts. */
    record NewEvent(String type, String label, Instant at, String actor, String reason, Map<String, Object> before,
            Map<String, Object> after, Map<String, Object> data, boolean publicStep) {}

    void append(long dossierId, NewEvent event) {
        jdbc.sql("""
                INSERT INTO dossier_event (dossier_id, seq, type, at, actor, reason, before, after, data, public)
                VALUES (:dossier,
                        (SELECT coalesce(max(seq), 0) + 1 FROM dossier_event WHERE dossier_id = :dossier),
                        :type, :at, :actor, :reason, CAST(:before AS jsonb), CAST(:after AS jsonb),
                        CAST(:data AS jsonb), :public)
                """)
                .param("dossier", dossierId).param("type", event.type()).param("at", Timestamp.from(event.at()))
                .param("actor", event.actor()).param("reason", event.reason(), Types.VARCHAR)
                .param("before", write(event.before()), Types.VARCHAR)
                .param("after", write(event.after()), Types.VARCHAR)
                .param("data", write(withLabel(event)), Types.VARCHAR).param("public", event.publicStep())
                .update();
    }

    List<DossierEvent> list(long dossierId) {
        return jdbc.sql("""
                SELECT seq, type, at, actor, reason, before::text, after::text, data::text, public
                FROM dossier_event WHERE dossier_id = :dossier ORDER BY seq
                """).param("dossier", dossierId).query((rs, n) -> {
                    Map<String, Object> data = read(rs.getString(8));
                    Object label = data.remove("label");
                    return new DossierEvent(rs.getInt(1), rs.getString(2), label == null ? rs.getString(2)
                            : label.toString(), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                            read(rs.getString(6)), read(rs.getString(7)), data, rs.getBoolean(9));
                }).list();
    }

    /** The public steps only (time and label), without reading the events' before/after/data documents. */
    List<vn.motcua.dossier.PublicDossier.Step> publicSteps(long dossierId) {
        return jdbc.sql("""
                SELECT at, coalesce(data ->> 'label', type) FROM dossier_event
                WHERE dossier_id = :dossier AND public ORDER BY seq
                """).param("dossier", dossierId).query((rs, n) -> new vn.motcua.dossier.PublicDossier.Step(
                        rs.getTimestamp(1).toInstant(), rs.getString(2))).list();
    }

    private static Map<String, Object> withLabel(NewEvent event) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("label", event.label());
        if (event.data() != null) {
            data.putAll(event.data());
        }
        return data;
    }

    private String write(Map<String, Object> values) {
        return values == null || values.isEmpty() ? null : json.writeValueAsString(values);
    }

    private Map<String, Object> read(String text) {
        return text == null ? new java.util.LinkedHashMap<>() : json.readValue(text, MAP);
    }
}
