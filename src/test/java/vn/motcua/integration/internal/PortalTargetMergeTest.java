package vn.motcua.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.integration.OutboxMessage;

/** The rules by which consecutive national portal messages of one dossier go out as one ({@link PortalTarget#merge}). */
class PortalTargetMergeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final String CODE = "000.00.01.H99-260301-0001";

    private final PortalTarget target = new PortalTarget(null, null, JSON);

    private static OutboxMessage dossier(long id, String type, boolean first, int status, String step,
            Map<String, Object> extra) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("agencyCode", "H99");
        meta.put("action", step);
        meta.put("localStatus", "S" + status);
        meta.put("nationalStatus", status);
        meta.put("full", true);
        meta.put("first", first);
        Map<String, Object> hoSo = new LinkedHashMap<>();
        hoSo.put("MaHoSo", CODE);
        hoSo.put("TrangThaiHoSo", status);
        hoSo.putAll(extra);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("meta", meta);
        payload.put("HoSo", hoSo);
        payload.put("TienDo", List.of(Map.of("MaHoSo", CODE, "NoiDungXuLy", step, "TrangThai", status)));
        return new OutboxMessage(id, PortalTarget.NAME, CODE, type, JSON.writeValueAsString(payload), "key-" + id, 0,
                Instant.parse("2026-03-02T01:00:00Z"));
    }

    private static OutboxMessage status(long id, int status, String step, Map<String, Object> extra) {
        return dossier(id, PortalTarget.STATUS, false, status, step, extra);
    }

    private static Map<String, Object> payload(OutboxMessage message) {
        return JSON.readValue(message.payload(), MAP);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(OutboxMessage message, String name) {
        return (Map<String, Object>) payload(message).get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> steps(OutboxMessage message) {
        return ((List<Map<String, Object>>) payload(message).get("TienDo")).stream()
                .map(s -> s.get("NoiDungXuLy")).map(Object.class::cast).toList();
    }

    @Test
    void theLaterSnapshotWinsAndTheStepsOfBothFollowInOrder() {
        OutboxMessage registered = dossier(1, PortalTarget.REGISTERED, true, 2, "Tiếp nhận",
                Map.of("NgayTiepNhan", "20260302080000"));
        OutboxMessage transferred = status(2, 4, "Chuyển", Map.of("NgayTiepNhan", "20260302080000",
                "DonViXuLy", "QLCN"));
        OutboxMessage assigned = status(3, 4, "Phân công", Map.of("NgayTiepNhan", "20260302080000",
                "DonViXuLy", "QLCN"));

        OutboxMessage merged = target.merge(target.merge(registered, transferred).orElseThrow(), assigned)
                .orElseThrow();

        assertThat(part(merged, "HoSo")).isEqualTo(part(assigned, "HoSo"));
        assertThat(steps(merged)).containsExactly("Tiếp nhận", "Chuyển", "Phân công");
        assertThat(merged.id()).isEqualTo(1);
        assertThat(merged.idempotencyKey()).isEqualTo("key-1");
        assertThat(merged.type()).isEqualTo(PortalTarget.REGISTERED);
        assertThat(part(merged, "meta")).containsEntry("first", true).containsEntry("full", true)
                .containsEntry("action", "Phân công").containsEntry("localStatus", "S4").containsEntry("messages", 3);
    }

    @Test
    void aRegistrationStaysAnAddAndAnUpdateStaysAnUpdate() {
        OutboxMessage registered = dossier(1, PortalTarget.REGISTERED, true, 1, "Nộp", Map.of());
        OutboxMessage later = status(2, 2, "Tiếp nhận", Map.of());
        assertThat(part(target.merge(registered, later).orElseThrow(), "meta")).containsEntry("first", true);
        assertThat(part(target.merge(status(3, 2, "a", Map.of()), status(4, 4, "b", Map.of())).orElseThrow(), "meta"))
                .containsEntry("first", false);
    }

    @Test
    void fullWhenEitherMessageIsFull() {
        OutboxMessage partial = status(1, 2, "a", Map.of());
        Map<String, Object> payload = payload(partial);
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) payload.get("meta");
        meta.remove("full");
        partial = new OutboxMessage(1, PortalTarget.NAME, CODE, PortalTarget.STATUS, JSON.writeValueAsString(payload),
                "key-1", 0, partial.createdAt());
        assertThat(part(target.merge(partial, status(2, 4, "b", Map.of())).orElseThrow(), "meta"))
                .containsEntry("full", true);
        assertThat(part(target.merge(status(3, 4, "b", Map.of()), partial).orElseThrow(), "meta"))
                .containsEntry("full", true);
    }

    @Test
    void aFieldOnlyTheEarlierSnapshotCarriesStopsTheMerge() {
        OutboxMessage supplementRequested = status(1, 5, "Yêu cầu bổ sung", Map.of("NgayYeuCauBoSung",
                "20260302090000"));
        OutboxMessage resumed = status(2, 4, "Tiếp tục xử lý", Map.of());
        assertThat(target.merge(supplementRequested, resumed)).isEmpty();
        // the other way round the later snapshot has every field of the earlier one
        assertThat(target.merge(resumed, supplementRequested)).isPresent();
    }

    @Test
    void resultsAndRatingsAreNeverMerged() {
        OutboxMessage status = status(1, 9, "Có kết quả", Map.of());
        Map<String, Object> resultPayload = Map.of("meta", Map.of("first", false), "HoSo",
                Map.of("MaHoSo", CODE, "TrangThaiHoSo", 9, "DanhSachGiayToKetQua", List.of(Map.of("MaKetQua", "KQ1"))));
        OutboxMessage result = new OutboxMessage(2, PortalTarget.NAME, CODE, "dossier-result",
                JSON.writeValueAsString(resultPayload), "key-2", 0, status.createdAt());
        OutboxMessage rating = new OutboxMessage(3, PortalTarget.NAME, CODE, "dossier-rating",
                JSON.writeValueAsString(Map.of("meta", Map.of("first", false), "DanhGia",
                        Map.of("MaHoSo", CODE, "MucDoHaiLong", "1"))), "key-3", 0, status.createdAt());
        assertThat(target.merge(status, result)).isEmpty();
        assertThat(target.merge(result, status(4, 10, "Trả", Map.of()))).isEmpty();
        assertThat(target.merge(status, rating)).isEmpty();
        assertThat(target.merge(rating, status(5, 10, "Trả", Map.of()))).isEmpty();
    }

    @Test
    void messagesOfAnotherDossierAreNotMerged() {
        OutboxMessage other = new OutboxMessage(2, PortalTarget.NAME, "another-code", PortalTarget.STATUS,
                status(2, 4, "b", Map.of()).payload(), "key-2", 0, Instant.EPOCH);
        assertThat(target.merge(status(1, 2, "a", Map.of()), other)).isEqualTo(Optional.empty());
    }

    @Test
    void mergingIsPureSoARetryMergesToTheSameMessage() {
        OutboxMessage a = dossier(1, PortalTarget.REGISTERED, true, 2, "Tiếp nhận", Map.of());
        OutboxMessage b = status(2, 4, "Chuyển", Map.of());
        assertThat(target.merge(a, b).orElseThrow().payload()).isEqualTo(target.merge(a, b).orElseThrow().payload());
    }
}
