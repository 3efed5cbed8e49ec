package vn.motcua.integration.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.integration.Delivery;
import vn.motcua.integration.NationalPortal;
import vn.motcua.integration.NationalPortal.Answer;
import vn.motcua.integration.OutboxMessage;
import vn.motcua.integration.OutboxTarget;

/**
 * Delivers the national portal's messages ({@value #NAME}): a message's {@code HoSo} goes to {@code DongBoHoSoMC}
 * (add for the registration, update after; an add the portal already has becomes an update, an update of a dossier
 * it does not know becomes an add — integrations.md §1.5), its {@code TienDo} steps to {@code CapNhatTienDoHoSoMC}
 * in chunks of 10, a {@code DanhGia} to {@code DongBoDanhGia}. Each call carries the message's idempotency key
 * (suffixed per call). Unreachable or 5xx: tried again; any other refusal: FAILED with the portal's answer. A
 * delivered dossier message records the dossier as synchronised.
 *
 * <p>Consecutive dossier messages ({@value #REGISTERED}, {@value #STATUS}) of one dossier merge ({@link #merge}): the
 * later {@code HoSo} snapshot (only when it carries every field the earlier one did, so that a field set only in a
 * passing state, such as {@code NgayYeuCauBoSung}, is not lost), the earlier {@code TienDo} steps then the later
 * ones. Results and ratings always go alone.
 */
@Component
class PortalTarget implements OutboxTarget {

    static final String NAME = "dvcqg";
    static final String REGISTERED = "dossier-registered";
    static final String STATUS = "dossier-status";
    private static final Set<String> MERGEABLE = Set.of(REGISTERED, STATUS);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final NationalPortal portal;
    private final SyncRecords records;
    private final JsonMapper json;

    PortalTarget(NationalPortal portal, SyncRecords records, JsonMapper json) {
        this.portal = portal;
        this.records = records;
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Delivery deliver(OutboxMessage message) {
        Map<String, Object> payload = json.readValue(message.payload(), MAP);
        Map<String, Object> meta = (Map<String, Object>) payload.getOrDefault("meta", Map.of());
        String key = message.idempotencyKey();
        List<String> answers = new ArrayList<>();
        Map<String, Object> dossier = (Map<String, Object>) payload.get("HoSo");
        if (dossier != null) {
            boolean full = Boolean.TRUE.equals(meta.get("full"));
            boolean updating = !Boolean.TRUE.equals(meta.get("first"));
            Answer answer = portal.syncDossier(dossier, updating, key);
            if (!updating && answer.alreadyExists()) {
                answers.add(answer.raw());
                answer = portal.syncDossier(dossier, true, key + ":update");
            } else if (updating && full && answer.unknownDossier()) {
                answers.add(answer.raw());
                answer = portal.syncDossier(dossier, false, key + ":add");
            }
            Delivery refused = refusal(answer, answers);
            if (refused != null) {
                return refused;
            }
        }
        List<Map<String, Object>> steps = (List<Map<String, Object>>) payload.get("TienDo");
        if (steps != null && !steps.isEmpty()) {
            for (int from = 0, chunk = 1; from < steps.size(); from += 10, chunk++) {
                Answer answer = portal.syncProgress(message.orderingKey(),
                        steps.subList(from, Math.min(steps.size(), from + 10)), key + ":tiendo:" + chunk);
                Delivery refused = refusal(answer, answers);
                if (refused != null) {
                    return refused;
                }
            }
        }
        Map<String, Object> rating = (Map<String, Object>) payload.get("DanhGia");
        if (rating != null) {
            Delivery refused = refusal(portal.syncRating(rating, key + ":danhgia"), answers);
            if (refused != null) {
                return refused;
            }
        }
        if (dossier != null && meta.get("agencyCode") != null) {
            Object status = meta.get("nationalStatus");
            records.synced(message.orderingKey(), String.valueOf(meta.get("agencyCode")),
                    meta.get("receivedAt") == null ? null : Instant.parse(String.valueOf(meta.get("receivedAt"))),
                    status instanceof Number n ? n.intValue() : null, (String) meta.get("localStatus"),
                    messages(meta));
        }
        return Delivery.delivered(String.join("\n", answers));
    }

    /**
     * The two dossier messages as one: the later {@code HoSo} if it has every key of the earlier one (else empty),
     * the steps of both in order, the later {@code meta} with {@code first} of the earlier (a registration stays an
     * add) and {@code full} if either is full. Results, ratings and messages of other lines: empty.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Optional<OutboxMessage> merge(OutboxMessage earlier, OutboxMessage later) {
        if (!MERGEABLE.contains(earlier.type()) || !MERGEABLE.contains(later.type())
                || !Objects.equals(earlier.target(), later.target()) || earlier.orderingKey() == null
                || !earlier.orderingKey().equals(later.orderingKey())) {
            return Optional.empty();
        }
        Map<String, Object> first = json.readValue(earlier.payload(), MAP);
        Map<String, Object> second = json.readValue(later.payload(), MAP);
        Map<String, Object> firstDossier = (Map<String, Object>) first.get("HoSo");
        Map<String, Object> secondDossier = (Map<String, Object>) second.get("HoSo");
        if (firstDossier == null || secondDossier == null || !secondDossier.keySet().containsAll(firstDossier.keySet())
                || first.containsKey("DanhGia") || second.containsKey("DanhGia")) {
            return Optional.empty();
        }
        Map<String, Object> firstMeta = (Map<String, Object>) first.getOrDefault("meta", Map.of());
        Map<String, Object> secondMeta = (Map<String, Object>) second.getOrDefault("meta", Map.of());
        Map<String, Object> meta = new LinkedHashMap<>(firstMeta);
        meta.putAll(secondMeta);
        meta.put("first", Boolean.TRUE.equals(firstMeta.get("first")));
        meta.put("full", Boolean.TRUE.equals(firstMeta.get("full")) || Boolean.TRUE.equals(secondMeta.get("full")));
        meta.put("messages", messages(firstMeta) + messages(secondMeta));
        List<Object> steps = new ArrayList<>();
        steps.addAll((List<Object>) first.getOrDefault("TienDo", List.of()));
        steps.addAll((List<Object>) second.getOrDefault("TienDo", List.of()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("meta", meta);
        payload.put("HoSo", secondDossier);
        payload.put("TienDo", steps);
        return Optional.of(new OutboxMessage(earlier.id(), earlier.target(), earlier.orderingKey(), earlier.type(),
                json.writeValueAsString(payload), earlier.idempotencyKey(), earlier.attempts(), earlier.createdAt()));
    }

    /** How many outbox messages a message's payload stands for (1 unless merged). */
    private static int messages(Map<String, Object> meta) {
        return meta.get("messages") instanceof Number n ? n.intValue() : 1;
    }

    /** Null when the call succeeded (its answer is added to the list); otherwise what the outbox does next. */
    private static Delivery refusal(Answer answer, List<String> answers) {
        String text = answer.raw() != null ? answer.raw()
                : "HTTP " + answer.httpStatus() + ": " + answer.message();
        answers.add(text);
        if (answer.ok()) {
            return null;
        }
        String all = String.join("\n", answers);
        return answer.passing() ? Delivery.retry(all) : Delivery.rejected(all);
    }
}
