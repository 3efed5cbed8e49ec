package vn.motcua.integration.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ContentProvenance;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.integration.NationalCatalog;
import vn.motcua.integration.NationalCatalogPulls;
import vn.motcua.shared.ProblemException;

/**
 * The pull: lists the changes since the day before the last pull without errors ({@code first-since} the first time),
 * fetches each package, and for each following agency compares it with what was seen and with the catalog. Each
 * procedure of each agency is one transaction (under one advisory lock, so two pulls at once cannot both draft it):
 * the draft with its provenance and the record of the package, or nothing.
 */
@Service
class CatalogPullService implements NationalCatalogPulls {

    static final String SOURCE = "CSDL quốc gia về thủ tục hành chính";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final java.time.Duration RUNNING = java.time.Duration.ofMinutes(30);
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final NationalCatalog national;
    private final HttpNationalCatalog client;
    private final NationalCatalogProperties properties;
    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final TransactionTemplate each;
    private final Clock clock;
    private final String homeAgency;

    CatalogPullService(NationalCatalog national, HttpNationalCatalog client, NationalCatalogProperties properties,
            Catalog catalog, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${motcua.home-agency:000.00.22.H05}") String homeAgency) {
        this.national = national;
        this.client = client;
        this.properties = properties;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.each = new TransactionTemplate(transactions);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.homeAgency = homeAgency;
    }

    @Override
    public boolean configured() {
        return client.uri().isPresent();
    }

    @Override
    public Pull pull(String user) {
        if (!configured()) {
            throw ProblemException.conflict("Chưa cấu hình địa chỉ CSDL quốc gia về thủ tục hành chính "
                    + "(motcua.national-catalog.url hoặc motcua.national-portal.url).");
        }
        LocalDate since = since();
        long id = each.execute(status -> {
            // one pull at a time on all instances (a run unfinished for 30 minutes is taken as crashed)
            jdbc.sql("LOCK TABLE national_catalog_pull IN SHARE ROW EXCLUSIVE MODE").update();
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM national_catalog_pull WHERE finished_at IS NULL "
                    + "AND started_at > :recent)").param("recent", Timestamp.from(clock.instant().minus(RUNNING)))
                    .query(Boolean.class).single()) {
                throw ProblemException.conflict("Một lần kéo danh mục từ CSDL quốc gia đang chạy; hãy thử lại sau.");
            }
            return jdbc.sql("""
                    INSERT INTO national_catalog_pull (started_at, triggered_by, changed_since)
                    VALUES (:now, :by, :since) RETURNING id
                    """).param("now", Timestamp.from(clock.instant())).param("by", user).param("since", since)
                    .query(Long.class).single();
        });
        int[] counts = new int[4];
        List<String> errors = new ArrayList<>();
        NationalCatalog.Answer<List<NationalCatalog.Listed>> listing = national.changedSince(since);
        int listed = 0;
        if (!listing.ok()) {
            errors.add("LayDanhSachTTHC: " + listing.error());
        } else {
            listed = listing.value().size();
            List<String> agencies = properties.agencies().isEmpty() ? List.of(homeAgency) : properties.agencies();
            for (NationalCatalog.Listed line : listing.value()) {
                NationalCatalog.Answer<Map<String, Object>> fetched = national.procedure(line.code());
                if (!fetched.ok()) {
                    errors.add("LayThuTuc " + line.code() + ": " + fetched.error());
                    continue;
                }
                for (String agency : agencies) {
                    try {
                        Outcome outcome = each.execute(status -> apply(id, agency, line, fetched.value(), user));
                        counts[outcome.ordinal()]++;
                    } catch (RuntimeException e) {
                        errors.add("Thủ tục " + line.code() + " (" + agency + "): " + e.getMessage());
                    }
                }
            }
        }
        int total = listed;
        each.executeWithoutResult(status -> jdbc.sql("""
                UPDATE national_catalog_pull SET finished_at = :now, listed = :listed, created = :created,
                       changed = :changed, unchanged = :unchanged, skipped = :skipped, errors = :errors
                WHERE id = :id
                """).param("now", Timestamp.from(clock.instant())).param("listed", total)
                .param("created", counts[Outcome.NEW.ordinal()]).param("changed", counts[Outcome.CHANGED.ordinal()])
                .param("unchanged", counts[Outcome.UNCHANGED.ordinal()])
                .param("skipped", counts[Outcome.SKIPPED.ordinal()])
                .param("errors", errors.toArray(String[]::new)).param("id", id).update());
        return recent(50).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    enum Outcome { NEW, CHANGED, UNCHANGED, SKIPPED }

    /** One package for one agency, in its own transaction. */
    private Outcome apply(long pullId, String agency, NationalCatalog.Listed line, Map<String, Object> pkg,
            String user) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('national-catalog:' || :agency || ':' || :code))")
                .param("agency", agency).param("code", line.code()).query((rs, n) -> 1).list();
        String sha = sha256(CANONICAL.writeValueAsString(new TreeMap<>(pkg)));
        boolean seen = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM national_catalog_item
                               WHERE agency_code = :agency AND procedure_code = :code AND package_sha256 = :sha)
                """).param("agency", agency).param("code", line.code()).param("sha", sha)
                .query(Boolean.class).single();
        if (seen) {
            return Outcome.UNCHANGED;
        }
        Optional<ProcedureVersion> latest = latest(agency, line.code());
        if (latest.isEmpty()) {
            String field = NationalProcedureMapping.fieldName(pkg);
            if (field == null || !catalog.fields(agency).contains(field)) {
                return Outcome.SKIPPED;
            }
        }
        ProcedureContent previous = latest.map(ProcedureVersion::content).orElse(null);
        ProcedureContent content = NationalProcedureMapping.content(pkg, previous);
        Outcome outcome;
        int version;
        if (content.equals(previous)) {
            outcome = Outcome.UNCHANGED;
            version = latest.get().version();
        } else {
            outcome = latest.isEmpty() ? Outcome.NEW : Outcome.CHANGED;
            version = catalog.createDraft(agency, line.code(), content, provenance(line, pkg), user).version();
        }
        jdbc.sql("""
                INSERT INTO national_catalog_item (agency_code, procedure_code, package_sha256, national_updated,
                                                   outcome, version, pull_id, recorded_at)
                VALUES (:agency, :code, :sha, :updated, :outcome, :version, :pull, :now)
                """).param("agency", agency).param("code", line.code()).param("sha", sha)
                .param("updated", line.updatedAt()).param("outcome", outcome.name()).param("version", version)
                .param("pull", pullId).param("now", Timestamp.from(clock.instant())).update();
        return outcome;
    }

    private Optional<ProcedureVersion> latest(String agency, String code) {
        try {
            List<ProcedureVersion> versions = catalog.versions(agency, code);
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        } catch (ProblemException unknown) {
            if (unknown.kind() == ProblemException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw unknown;
        }
    }

    private ContentProvenance provenance(NationalCatalog.Listed line, Map<String, Object> pkg) {
        String address = client.uri().map(uri -> uri.toString().replaceAll("/+$", "")).orElse("") + "/CSDLTTHC/LayThuTuc";
        String decision = pkg.get("QUYETDINH") == null ? "" : "; quyết định công bố " + pkg.get("QUYETDINH");
        return new ContentProvenance(LocalDate.ofInstant(clock.instant(), VIETNAM).toString(), true,
                String.valueOf(pkg.get("TENTTHC")), str(pkg.get("COQUANTHUCHIEN")), str(pkg.get("COQUANCOTHAMQUYEN")),
                null, null, null,
                List.of(new ContentProvenance.Source(address, "Quốc gia", SOURCE,
                        "LayThuTuc " + line.code() + " (cập nhật " + line.updatedAt() + ")" + decision)),
                "C", "CSDL quốc gia: nội dung kéo tự động từ " + SOURCE + ", chờ cán bộ kiểm soát TTHC xem xét và công bố.",
                null, null, null, null, null, "CSDL quốc gia");
    }

    private static String str(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** The day before the last pull without errors began, or {@code first-since}. */
    private LocalDate since() {
        return jdbc.sql("""
                SELECT started_at FROM national_catalog_pull
                WHERE finished_at IS NOT NULL AND cardinality(errors) = 0 ORDER BY id DESC LIMIT 1
                """).query(Timestamp.class).optional()
                .map(t -> LocalDate.ofInstant(t.toInstant(), VIETNAM).minusDays(1))
                .orElse(properties.firstSince());
    }

    @Override
    public List<Pull> recent(int limit) {
        return jdbc.sql("""
                SELECT id, started_at, finished_at, triggered_by, changed_since, listed, created, changed, unchanged,
                       skipped, errors
                FROM national_catalog_pull ORDER BY id DESC LIMIT :limit
                """).param("limit", limit).query((rs, n) -> new Pull(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        rs.getInt(10), List.of((String[]) rs.getArray(11).getArray()))).list();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
