package vn.motcua.catalog.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.CatalogFeed;
import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.DecisionRef;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.SearchPage;
import vn.motcua.catalog.SearchQuery;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeLimitUnit;

/** Procedures and their versions in SQL. A version row is inserted once; only a draft is later published. */
@Repository
class ProcedureRepository {

    /**
     * A version is in force on {@code :today} when its date has come and no higher version's has: its period
     * {@code [effective_on, superseded_on)} contains the day ({@code superseded_on}, the earliest date of a higher
     * version, is kept by triggers: V4_2).
     */
    private static final String IN_FORCE = """
            v.effective_on <= :today
            AND (v.superseded_on IS NULL OR v.superseded_on > :today)
            """;

    private static final String VERSION_COLUMNS = """
            SELECT v.id, v.procedure_id, v.agency_code, v.code, v.version, v.status, v.change_kind, v.source,
                   v.effective_on, v.content, v.created_at, v.created_by,
                   d.id AS decision_id, d.number AS decision_number, d.signed_on AS decision_signed_on,
                   d.effective_on AS decision_effective_on
            """;

    private static final String FROM_VERSION = """
            FROM catalog_version v
            LEFT JOIN catalog_decision d ON d.id = v.decision_id
            """;

    private static final String SELECT_VERSION = VERSION_COLUMNS + FROM_VERSION;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProcedureRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Long> procedureId(String agency, String code) {
        return jdbc.sql("SELECT id FROM catalog_procedure WHERE agency_code = :agency AND code = :code")
                .param("agency", agency).param("code", code).query(Long.class).optional();
    }

    /** The procedure's id, creating the procedure if needed, locked until the transaction ends. */
    long lockOrCreate(String agency, String code, Instant now) {
        jdbc.sql("""
                INSERT INTO catalog_procedure (agency_code, code, created_at) VALUES (:agency, :code, :now)
                ON CONFLICT (agency_code, code) DO NOTHING
                """).param("agency", agency).param("code", code).param("now", Timestamp.from(now)).update();
        return jdbc.sql("SELECT id FROM catalog_procedure WHERE agency_code = :agency AND code = :code FOR UPDATE")
                .param("agency", agency).param("code", code).query(Long.class).single();
    }

    /** Locks an existing procedure until the transaction ends. */
    void lock(long procedureId) {
        jdbc.sql("SELECT id FROM catalog_procedure WHERE id = :id FOR UPDATE").param("id", procedureId)
                .query(Long.class).single();
    }

    List<String> agenciesHolding(String code) {
        return jdbc.sql("SELECT agency_code FROM catalog_procedure WHERE code = :code ORDER BY agency_code")
                .param("code", code).query(String.class).list();
    }

    List<String> agencies() {
        return jdbc.sql("SELECT DISTINCT agency_code FROM catalog_procedure ORDER BY agency_code")
                .query(String.class).list();
    }

    long insertVersion(long procedureId, String agency, String code, ProcedureStatus status, ChangeKind kind,
            ProcedureVersion.Source source, Long decisionId, LocalDate effectiveOn, ProcedureContent content,
            Instant now, String user) {
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM catalog_version WHERE procedure_id = :id")
                .param("id", procedureId).query(Integer.class).single();
        TimeLimit limit = content.timeLimit();
        long id = jdbc.sql("""
                INSERT INTO catalog_version (procedure_id, agency_code, code, version, status, change_kind, source,
                                             decision_id, effective_on, name, field_name, field_code, level,
                                             online_level, time_limit_amount, time_limit_unit, content,
                                             created_at, created_by)
                VALUES (:procedureId, :agency, :code, :version, :status, :kind, :source,
                        :decisionId, :effectiveOn, :name, :fieldName, :fieldCode, :level,
                        :onlineLevel, :amount, :unit, CAST(:content AS jsonb),
                        :now, :user)
                RETURNING id
                """)
                .param("procedureId", procedureId).param("agency", agency).param("code", code)
                .param("version", version).param("status", status.name()).param("kind", kind.name())
                .param("source", source.name()).param("decisionId", decisionId, java.sql.Types.BIGINT)
                .param("effectiveOn", effectiveOn, java.sql.Types.DATE)
                .param("name", content.name()).param("fieldName", content.fieldName(), java.sql.Types.VARCHAR)
                .param("fieldCode", content.fieldCode(), java.sql.Types.VARCHAR)
                .param("level", content.level() == null ? null : content.level().name(), java.sql.Types.VARCHAR)
                .param("onlineLevel", content.onlineLevel() == null ? null : content.onlineLevel().name(),
                        java.sql.Types.VARCHAR)
                .param("amount", limit == null ? null : limit.amount(), java.sql.Types.NUMERIC)
                .param("unit", limit == null || limit.unit() == null ? null : limit.unit().name(), java.sql.Types.VARCHAR)
                .param("content", json.writeValueAsString(content))
                .param("now", Timestamp.from(now)).param("user", user)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO catalog_word (word)
                SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('simple', catalog_fold(:name))))
                ON CONFLICT DO NOTHING
                """).param("name", content.name()).update();
        return id;
    }

    /** Attaches a draft to the decision that publishes it (the draft's content is not changed). */
    /**
     * Publishes a draft. If versions numbered above it were published meanwhile, the draft becomes the newest
     * version (max + 1), so that it comes into force on its date instead of staying below them forever; the files
     * attached to it follow it.
     */
    void publishDraft(long versionId, long decisionId, LocalDate effectiveOn, ChangeKind kind) {
        var numbers = jdbc.sql("""
                UPDATE catalog_version v
                   SET source = 'DECISION', decision_id = :decisionId, effective_on = :effectiveOn, change_kind = :kind,
                       superseded_on = NULL,
                       version = (SELECT max(m.version) FROM catalog_version m WHERE m.procedure_id = v.procedure_id)
                                 + CASE WHEN v.version = (SELECT max(m.version) FROM catalog_version m
                                                           WHERE m.procedure_id = v.procedure_id) THEN 0 ELSE 1 END
                  FROM catalog_version prior
                 WHERE v.id = :id AND v.source = 'DRAFT' AND prior.id = v.id
                RETURNING v.agency_code, v.code, prior.version AS old_version, v.version AS new_version
                """).param("decisionId", decisionId).param("effectiveOn", effectiveOn).param("kind", kind.name())
                .param("id", versionId).query().listOfRows();
        for (var row : numbers) {
            if (!row.get("old_version").equals(row.get("new_version"))) {
                jdbc.sql("""
                        UPDATE catalog_form_template SET version = :newVersion
                         WHERE agency_code = :agency AND procedure_code = :code AND version = :oldVersion
                        """).param("newVersion", row.get("new_version")).param("agency", row.get("agency_code"))
                        .param("code", row.get("code")).param("oldVersion", row.get("old_version")).update();
            }
        }
    }

    List<VersionRow> versions(long procedureId) {
        return jdbc.sql(SELECT_VERSION + " WHERE v.procedure_id = :id ORDER BY v.version")
                .param("id", procedureId).query(this::mapVersion).list();
    }

    Optional<VersionRow> byId(long versionId) {
        return jdbc.sql(SELECT_VERSION + " WHERE v.id = :id").param("id", versionId).query(this::mapVersion).optional();
    }

    /** One version of a procedure by its number, and whether it is the version in force on {@code today}. */
    Optional<Numbered> version(String agency, String code, int version, LocalDate today) {
        return jdbc.sql(VERSION_COLUMNS + ", (" + IN_FORCE + ") AS in_force " + FROM_VERSION + """
                        JOIN catalog_procedure p ON p.id = v.procedure_id
                        WHERE p.agency_code = :agency AND p.code = :code AND v.version = :version
                        """)
                .param("agency", agency).param("code", code).param("version", version).param("today", today)
                .query((rs, n) -> new Numbered(mapVersion(rs, n), rs.getBoolean("in_force"))).optional();
    }

    record Numbered(VersionRow row, boolean inForce) {}

    Optional<VersionRow> inForce(long procedureId, LocalDate today) {
        return jdbc.sql(SELECT_VERSION + " WHERE v.procedure_id = :id AND " + IN_FORCE)
                .param("id", procedureId).param("today", today).query(this::mapVersion).optional();
    }

    List<VersionRow> pending(String agency, LocalDate today) {
        return jdbc.sql(SELECT_VERSION + " WHERE (v.effective_on IS NULL OR v.effective_on > :today)"
                        + " AND (CAST(:agency AS text) IS NULL OR v.agency_code = :agency)"
                        + " ORDER BY v.created_at, v.id LIMIT 200")
                .param("today", today).param("agency", agency, java.sql.Types.VARCHAR).query(this::mapVersion).list();
    }

    List<VersionRow> byDecision(long decisionId) {
        return jdbc.sql(SELECT_VERSION + " WHERE v.decision_id = :id ORDER BY v.code")
                .param("id", decisionId).query(this::mapVersion).list();
    }

    /**
     * Versions in force matching the query: all the words (corrected for typos against the known words, the last
     * one as a prefix) in any order, or the code; ranked by exact code, full-text rank and trigram similarity.
     */
    SearchPage<ProcedureSummary> search(SearchQuery query, LocalDate today) {
        StringBuilder where = new StringBuilder(IN_FORCE);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", today);
        String rank = "0";
        String order = "v.code";
        if (query.agency() != null) {
            where.append(" AND v.agency_code = :agency");
            params.put("agency", query.agency());
        }
        if (query.status() != null) {
            where.append(" AND v.status = :status");
            params.put("status", query.status().name());
        }
        if (query.field() != null && !query.field().isBlank()) {
            where.append(" AND (catalog_fold(v.field_name) = catalog_fold(:field) OR v.field_code = :field)");
            params.put("field", query.field().strip());
        }
        if (query.level() != null) {
            where.append(" AND v.level = :level");
            params.put("level", query.level().name());
        }
        if (query.onlineLevelUnstated()) {
            where.append(" AND v.online_level IS NULL");
        } else if (query.onlineLevel() != null) {
            where.append(" AND v.online_level = :onlineLevel");
            params.put("onlineLevel", query.onlineLevel().name());
        }
        List<String> words = SearchText.words(query.text());
        if (!words.isEmpty()) {
            String tsQuery = correctedQuery(words);
            String code = SearchText.codeQuery(query.text());
            String folded = String.join(" ", words);
            params.put("folded", folded);
            params.put("exact", code != null ? code : query.text().strip());
            List<String> alternatives = new ArrayList<>();
            if (tsQuery != null) {
                params.put("tsq", tsQuery);
                alternatives.add("v.search_vector @@ to_tsquery('simple', :tsq)");
            }
            if (code != null) {
                params.put("codeLike", "%" + code + "%");
                alternatives.add("v.code LIKE :codeLike");
            }
            where.append("\n AND (").append(alternatives.isEmpty() ? "false" : String.join(" OR ", alternatives))
                    .append(")");
            rank = "(CASE WHEN v.code = :exact THEN 10 ELSE 0 END"
                    + (tsQuery == null ? "" : " + ts_rank(v.search_vector, to_tsquery('simple', :tsq))")
                    + " + similarity(:folded, v.search_text))";
            order = "rank DESC, v.code";
        }
        boolean ranked = !words.isEmpty();
        long offset = (long) query.page() * query.size();
        params.put("limit", query.size());
        params.put("offset", offset);
        // A ranked search ranks (so reads) every match to sort them anyway, which makes the window count nearly
        // free. A plain list is read in code order from an index and stops at the page: its total is counted apart.
        String sql = "SELECT v.agency_code, v.code, v.name, v.field_name, v.level, v.status, v.online_level,"
                + " v.time_limit_amount, v.time_limit_unit, v.version, " + rank + " AS rank"
                + (ranked ? ", count(*) OVER () AS total" : "")
                + " FROM catalog_version v WHERE " + where
                + " ORDER BY " + order + " LIMIT :limit OFFSET :offset";
        long[] total = {-1};
        List<ProcedureSummary> items = jdbc.sql(sql).params(params).query((rs, n) -> {
            if (ranked) {
                total[0] = rs.getLong("total");
            }
            return new ProcedureSummary(rs.getString("agency_code"), rs.getString("code"), rs.getString("name"),
                    rs.getString("field_name"), enumOrNull(ProcedureLevel.class, rs.getString("level")),
                    ProcedureStatus.valueOf(rs.getString("status")),
                    enumOrNull(OnlineLevel.class, rs.getString("online_level")), timeLimit(rs), rs.getInt("version"),
                    rs.getDouble("rank"));
        }).list();
        if (total[0] < 0) {
            if (query.page() == 0 && items.size() < query.size()) {
                total[0] = items.size(); // everything fits on the first page
            } else if (!items.isEmpty() && items.size() < query.size()) {
                total[0] = offset + items.size(); // the last page
            } else {
                Map<String, Object> countParams = new LinkedHashMap<>(params);
                countParams.remove("limit");
                countParams.remove("offset");
                total[0] = jdbc.sql("SELECT count(*) FROM catalog_version v WHERE " + where)
                        .params(countParams).query(Long.class).single();
            }
        }
        return new SearchPage<>(items, total[0], query.page(), query.size());
    }

    /**
     * The full-text query for the typed words: a known word as is (the last one as a prefix), an unknown one
     * replaced by the up to three most similar known words (typos), a word with no similar one left out.
     * Null when no word is left.
     */
    private String correctedQuery(List<String> words) {
        Set<String> known = new HashSet<>(jdbc.sql("SELECT word FROM catalog_word WHERE word IN (:words)")
                .param("words", words).query(String.class).list());
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            if (known.contains(word)) {
                terms.add(last ? word + ":*" : word);
                continue;
            }
            if (last && jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM catalog_word WHERE word LIKE :p LIMIT 1) x")
                    .param("p", word.replace("%", "").replace("_", "") + "%").query(Long.class).single() > 0) {
                terms.add(word + ":*");
                continue;
            }
            List<String> similar = jdbc.sql("""
                    SELECT word FROM catalog_word WHERE word % :w ORDER BY word <-> :w, word LIMIT 3
                    """).param("w", word).query(String.class).list();
            if (!similar.isEmpty()) {
                terms.add("(" + String.join(" | ", similar) + ")");
            }
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }

    /** Refreshes the planner's statistics of the searched tables (after a bulk import). */
    void refreshStatistics() {
        jdbc.sql("ANALYZE catalog_version, catalog_word").update();
    }

    List<String> fields(String agency, LocalDate today) {
        return jdbc.sql("SELECT DISTINCT v.field_name FROM catalog_version v WHERE v.field_name IS NOT NULL AND "
                        + IN_FORCE + (agency == null ? "" : " AND v.agency_code = :agency") + " ORDER BY 1")
                .params(agency == null ? Map.of("today", today) : Map.of("today", today, "agency", agency))
                .query(String.class).list();
    }

    List<CatalogFeed.Row> changes(String agency, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT to_char(v.effective_on, 'YYYY-MM') AS period, coalesce(v.field_name, '') AS field,
                       count(*) FILTER (WHERE v.change_kind = 'NEW') AS published,
                       count(*) FILTER (WHERE v.change_kind = 'AMENDED') AS amended,
                       count(*) FILTER (WHERE v.change_kind = 'REPLACED') AS replaced,
                       count(*) FILTER (WHERE v.change_kind = 'ABOLISHED') AS abolished
                FROM catalog_version v
                WHERE (CAST(:agency AS text) IS NULL OR v.agency_code = :agency)
                  AND v.source = 'DECISION'            -- an imported catalog is the state taken over, not published
                  AND v.effective_on BETWEEN :from AND :to
                GROUP BY 1, 2
                ORDER BY 1, 2
                """).param("agency", agency, java.sql.Types.VARCHAR).param("from", from).param("to", to)
                .query((rs, n) -> new CatalogFeed.Row(rs.getString("period"), rs.getString("field"),
                        rs.getLong("published"), rs.getLong("amended"), rs.getLong("replaced"),
                        rs.getLong("abolished")))
                .list();
    }

    /** Procedures in force on {@code day}: counted by status and, for active ones, by online level. */
    Map<String, Long> inForceCounts(String agency, LocalDate day) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT v.status || ':' || coalesce(v.online_level, 'UNSTATED') AS k, count(*) AS n"
                        + " FROM catalog_version v WHERE (CAST(:agency AS text) IS NULL OR v.agency_code = :agency) AND "
                        + IN_FORCE + " GROUP BY 1")
                .param("agency", agency, java.sql.Types.VARCHAR).param("today", day)
                .query((ResultSet rs) -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                });
        return counts;
    }

    private VersionRow mapVersion(ResultSet rs, int n) throws SQLException {
        long decisionId = rs.getLong("decision_id");
        DecisionRef decision = rs.wasNull() ? null : new DecisionRef(decisionId, rs.getString("decision_number"),
                rs.getObject("decision_signed_on", LocalDate.class), rs.getObject("decision_effective_on", LocalDate.class));
        return new VersionRow(rs.getLong("id"), rs.getLong("procedure_id"), rs.getString("agency_code"),
                rs.getString("code"), rs.getInt("version"), ProcedureStatus.valueOf(rs.getString("status")),
                ChangeKind.valueOf(rs.getString("change_kind")), ProcedureVersion.Source.valueOf(rs.getString("source")),
                rs.getObject("effective_on", LocalDate.class), decision,
                json.readValue(rs.getString("content"), ProcedureContent.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    private static TimeLimit timeLimit(ResultSet rs) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("time_limit_amount");
        String unit = rs.getString("time_limit_unit");
        if (amount == null && unit == null) {
            return null;
        }
        return new TimeLimit(amount, enumOrNull(TimeLimitUnit.class, unit), null, null);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    static List<String> listOf(String... values) {
        return new ArrayList<>(List.of(values));
    }

    /** The procedure's lowest accepted assurance level (0: none). */
    int minimumAssuranceLevel(long procedureId) {
        return jdbc.sql("SELECT coalesce(min_assurance_level, 0) FROM catalog_procedure WHERE id = :id")
                .param("id", procedureId).query(Integer.class).optional().orElse(0);
    }

    void setMinimumAssuranceLevel(long procedureId, Integer level) {
        jdbc.sql("UPDATE catalog_procedure SET min_assurance_level = :level WHERE id = :id")
                .param("level", level, java.sql.Types.SMALLINT).param("id", procedureId).update();
    }
}
