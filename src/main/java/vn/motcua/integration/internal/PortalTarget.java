package vn.motcua.integration.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 */
@Component
class PortalTarget implements OutboxTarget {

    static final String NAME = "dvcqg";
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
                    status instanceof Number n ? n.intValue() : null, (String) meta.get("localStatus"));
        }
        return Delivery.delivered(String.join("\n", answers));
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
