package vn.motcua.dossier.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.dossier.AuditVerification;
import vn.motcua.dossier.AuditVerification.Anchor;
import vn.motcua.dossier.AuditVerification.AnchorBreak;
import vn.motcua.dossier.AuditVerification.ChainBreak;
import vn.motcua.dossier.AuditVerification.Problem;
import vn.motcua.dossier.DossierAudit;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;

/**
 * {@link DossierAudit}: the chains are written by the database (trigger {@code dossier_event_chain}, migration V9_4)
 * and recomputed here with the same SQL function; anchors are digested and sealed here, the events streamed in id
 * order.
 */
@Service
class AuditTrail implements DossierAudit {

    /** Held shared by every statement adding events (trigger {@code dossier_event_writing}). */
    private static final long WRITERS_LOCK = 7368001L;
    /** Held by the one instance sealing an anchor. */
    private static final long ANCHOR_LOCK = 7368002L;
    private static final int LOCK_TRIES = 50;
    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate tx;
    private final AnchorKey key;
    private final Users users;
    private final Agencies agencies;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, AnchorKey key,
            Users users, Agencies agencies, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(10_000);
        this.tx = new TransactionTemplate(transactions);
        this.key = key;
        this.users = users;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    public List<String> auditableAgencies(String actor) {
        UserAccount user = users.find(actor).orElse(null);
        if (user == null) {
            return List.of();
        }
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return agencies.list().stream().map(Agency::code).map(Object::toString).toList();
        }
        return user.roles().stream()
                .filter(grant -> grant.role() == Role.LEADER || grant.role() == Role.CONTROL_OFFICER)
                .map(RoleGrant::agencyCode).map(Object::toString).distinct().sorted().toList();
    }

    @Override
    public AuditVerification verify(String agencyCode, String actor) {
        List<String> scope = auditableAgencies(actor);
        if (agencyCode != null) {
            if (!scope.contains(agencyCode)) {
                throw new ProblemException(ProblemException.Kind.FORBIDDEN,
                        "Bạn không có quyền kiểm tra nhật ký hồ sơ của cơ quan " + agencyCode + ".");
            }
            scope = List.of(agencyCode);
        } else if (scope.isEmpty()) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN,
                    "Chỉ lãnh đạo, cán bộ kiểm soát TTHC và quản trị hệ thống được kiểm tra nhật ký hồ sơ.");
        }
        String[] codes = scope.toArray(String[]::new);
        long[] counts = jdbc.sql("""
                SELECT count(DISTINCT e.dossier_id), count(*)
                FROM dossier d JOIN dossier_event e ON e.dossier_id = d.id
                WHERE d.agency_code = ANY (:agencies)
                """).param("agencies", codes).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        List<Sealed> anchors = sealed("ORDER BY id");
        long lastAnchored = anchors.isEmpty() ? 0 : anchors.get(anchors.size() - 1).anchor().lastEventId();
        long unanchored = jdbc.sql("SELECT count(*) FROM dossier_event WHERE id > :last")
                .param("last", lastAnchored).query(Long.class).single();
        return new AuditVerification(clock.instant(), scope, counts[0], counts[1], breaks(codes), anchors.size(),
                anchorBreaks(anchors), unanchored);
    }

    /** The first event of each dossier whose stored link is not the digest of its content and predecessor. */
    private List<ChainBreak> breaks(String[] agencyCodes) {
        return jdbc.sql("""
                SELECT DISTINCT ON (checked.dossier_id) checked.code, checked.agency_code, checked.seq,
                       checked.type, checked.at, checked.problem
                FROM (SELECT d.code, d.agency_code, e.dossier_id, e.seq, e.type, e.at,
                             CASE WHEN e.seq > 1 AND p.id IS NULL THEN 'MISSING_PREDECESSOR'
                                  WHEN e.hash IS NULL THEN 'NOT_CHAINED'
                                  WHEN e.hash <> dossier_event_digest(p.hash, e) THEN 'CHANGED' END AS problem
                      FROM dossier d
                      JOIN dossier_event e ON e.dossier_id = d.id
                      LEFT JOIN dossier_event p ON p.dossier_id = e.dossier_id AND p.seq = e.seq - 1
                      WHERE d.agency_code = ANY (:agencies)) checked
                WHERE checked.problem IS NOT NULL
                ORDER BY checked.dossier_id, checked.seq
                LIMIT :limit
                """).param("agencies", agencyCodes).param("limit", AuditVerification.MAX_BREAKS)
                .query((rs, n) -> new ChainBreak(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), Problem.valueOf(rs.getString(6))))
                .list();
    }

    private record Sealed(Anchor anchor, byte[] digest, byte[] seal, String keyId) {}

    /** The anchors with their digests and seals, in the order {@code orderAndLimit} gives. */
    private List<Sealed> sealed(String orderAndLimit) {
        return jdbc.sql("""
                SELECT id, anchored_at, first_event_id, last_event_id, event_count, events_digest, seal, key_id
                FROM audit_anchor""" + " " + orderAndLimit)
                .query((rs, n) -> new Sealed(new Anchor(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5)), rs.getBytes(6), rs.getBytes(7),
                        rs.getString(8))).list();
    }

    /** Each anchor recomputed from the events it covers and resealed over its predecessor's seal. */
    private List<AnchorBreak> anchorBreaks(List<Sealed> sealed) {
        List<AnchorBreak> breaks = new ArrayList<>();
        String currentKey = key.id();
        byte[] previousSeal = new byte[0];
        for (Sealed s : sealed) {
            Anchor a = s.anchor();
            Digest events = digest(a.firstEventId(), a.lastEventId());
            if (events.count() != a.eventCount() || !Arrays.equals(events.value(), s.digest())) {
                breaks.add(new AnchorBreak(a, Problem.EVENTS_CHANGED));
            } else if (!currentKey.equals(s.keyId())) {
                breaks.add(new AnchorBreak(a, Problem.OTHER_KEY));
            } else if (!MessageDigest.isEqual(seal(previousSeal, a, s.digest()), s.seal())) {
                breaks.add(new AnchorBreak(a, Problem.SEAL_MISMATCH));
            }
            previousSeal = s.seal();
        }
        return breaks;
    }

    @Scheduled(cron = "${motcua.audit.anchor-cron:0 30 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    void anchorDaily() {
        anchor().ifPresent(a -> log.info("Audit anchor {} sealed events {}..{} ({})", a.id(), a.firstEventId(),
                a.lastEventId(), a.eventCount()));
    }

    @Override
    public Optional<Anchor> anchor() {
        Long settled = settledLastEvent();
        if (settled == null) {
            log.warn("Audit anchor postponed: events were being written throughout {} tries", LOCK_TRIES);
            return Optional.empty();
        }
        return tx.execute(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:lock)").param("lock", ANCHOR_LOCK).query(Integer.class)
                    .single();
            Optional<Sealed> previous = sealed("ORDER BY id DESC LIMIT 1").stream().findFirst();
            long first = previous.map(p -> p.anchor().lastEventId() + 1).orElse(1L);
            if (settled < first) {
                return Optional.<Anchor>empty();
            }
            Digest events = digest(first, settled);
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Anchor draft = new Anchor(0, at, first, settled, events.count());
            byte[] seal = seal(previous.map(Sealed::seal).orElse(new byte[0]), draft, events.value());
            long id = jdbc.sql("""
                    INSERT INTO audit_anchor (anchored_at, first_event_id, last_event_id, event_count, events_digest,
                                              seal, key_id)
                    VALUES (:at, :first, :last, :count, :digest, :seal, :key) RETURNING id
                    """).param("at", Timestamp.from(at)).param("first", first).param("last", settled)
                    .param("count", events.count()).param("digest", events.value()).param("seal", seal)
                    .param("key", key.id()).query(Long.class).single();
            return Optional.of(new Anchor(id, at, first, settled, events.count()));
        });
    }

    /**
     * The last event id once no writer holds the events' lock, so that no lower id can still commit; {@code null}
     * when writers held it at every try (the anchor never makes them wait).
     */
    private Long settledLastEvent() {
        for (int attempt = 0; attempt < LOCK_TRIES; attempt++) {
            Long last = tx.execute(status -> jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
                    .param("lock", WRITERS_LOCK).query(Boolean.class).single()
                    ? jdbc.sql("SELECT coalesce(max(id), 0) FROM dossier_event").query(Long.class).single()
                    : null);
            if (last != null) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private record Digest(byte[] value, long count) {}

    /** SHA-256 over (id, link) of the events {@code first..last} in id order; a removed or added event shows. */
    private Digest digest(long first, long last) {
        MessageDigest sha = sha256();
        long[] count = {0};
        ByteBuffer id = ByteBuffer.allocate(Long.BYTES);
        tx.execute(status -> {
            streaming.query("SELECT id, hash FROM dossier_event WHERE id BETWEEN ? AND ? ORDER BY id", rs -> {
                id.clear();
                sha.update(id.putLong(rs.getLong(1)).array());
                byte[] hash = rs.getBytes(2);
                sha.update(hash == null ? new byte[0] : hash);
                count[0]++;
            }, first, last);
            return null;
        });
        return new Digest(sha.digest(), count[0]);
    }

    private byte[] seal(byte[] previousSeal, Anchor anchor, byte[] digest) {
        ByteBuffer data = ByteBuffer.allocate(previousSeal.length + 4 * Long.BYTES + digest.length)
                .put(previousSeal).putLong(anchor.firstEventId()).putLong(anchor.lastEventId())
                .putLong(anchor.eventCount()).putLong(ChronoUnit.MICROS.between(Instant.EPOCH, anchor.anchoredAt()))
                .put(digest);
        return key.seal(data.array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
