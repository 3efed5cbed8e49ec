package vn.motcua.integration.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.integration.Outbox;
import vn.motcua.payment.Payments;

/**
 * Turns dossier changes into national portal messages, in the changing transaction (a plain synchronous listener,
 * so the outbox row commits or rolls back with the change): the registration and every action of the engine as the
 * dossier's fields ({@code HoSo}, Circular 04/2025 groups with the Decision 31/2021 names) plus one progress step
 * ({@code TienDo}); a signed electronic result as the dossier's result list ({@code DanhSachGiayToKetQua} with the
 * {@code -KQn} code) and the applicant's rating ({@code DanhGia}), both only for dossiers this system announced.
 * Off while no portal is configured. Imported
 * historical dossiers publish nothing (the old system synchronised them), so an import never floods the outbox.
 */
@Component
class PortalSync {

    private static final Logger log = LoggerFactory.getLogger(PortalSync.class);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(VIETNAM);
    private static final int SUMMARY_LENGTH = 1000;
    private static final int OFFICER_LENGTH = 50;

    private final Outbox outbox;
    private final PortalEndpoint endpoint;
    private final NationalPortalProperties properties;
    private final StatusMapping mapping;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final Payments payments;

    PortalSync(Outbox outbox, PortalEndpoint endpoint, NationalPortalProperties properties, StatusMapping mapping,
            JsonMapper json, JdbcClient jdbc, Payments payments) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.outbox = outbox;
        this.endpoint = endpoint;
        this.properties = properties;
        this.mapping = mapping;
        this.json = json;
    }

    @EventListener
    void on(DossierChanged change) {
        if (endpoint.uri().isEmpty() || change.code() == null) {
            return;
        }
        String province = properties.provinceId();
        if (province != null && !province.isBlank() && !change.code().contains(province.strip())) {
            log.warn("Dossier {} is not sent to the national portal: its code lacks the province identifier {}",
                    change.code(), province);
            return;
        }
        Map<String, Object> payload;
        String type;
        if (change.dossier() != null) {
            type = DossierChanged.REGISTERED.equals(change.action()) ? "dossier-registered" : "dossier-status";
            payload = dossierMessage(change);
        } else if ("result-signed".equals(change.action()) && announced(change.code())) {
            type = "dossier-result";
            payload = resultMessage(change);
        } else if ("rated".equals(change.action()) && announced(change.code())) {
            type = "dossier-rating";
            payload = ratingMessage(change);
        } else {
            return;
        }
        outbox.enqueue(new Outbox.Message(PortalTarget.NAME, change.code(), type, json.writeValueAsString(payload)));
    }

    /**
     * Whether this system sent the dossier to the portal before: a result or a rating of a dossier the portal does not
     * know (an imported one, or one registered before the integration was configured) would only be refused.
     */
    private boolean announced(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM integration_outbox WHERE target = :target AND ordering_key = :code)")
                .param("target", PortalTarget.NAME).param("code", code).query(Boolean.class).single();
    }

    private Map<String, Object> dossierMessage(DossierChanged change) {
        DossierChanged.Snapshot d = change.dossier();
        StatusMapping.Mapped status = mapping.map(change.status(), LocalDate.ofInstant(change.at(), VIETNAM));
        Map<String, Object> hoSo = new LinkedHashMap<>();
        hoSo.put("MaHoSo", change.code());
        hoSo.put("MaDinhDanhDV", change.agencyCode());
        hoSo.put("MaTTHC", d.procedureCode());
        hoSo.put("TenTTHC", d.procedureName());
        hoSo.put("TenLinhVuc", d.fieldName());
        hoSo.put("KenhThucHien", d.channel() == null ? null : d.channel().nationalCode());
        Applicant applicant = d.applicant();
        if (applicant != null) {
            hoSo.put("ChuHoSo", applicant.name());
            // Circular 04/2025: 1 citizen, 2 business, 3 state agency, 4 other organisation (Decision 31: 1/2)
            hoSo.put("LoaiDoiTuong", applicant.type() == Applicant.Type.ORGANIZATION ? 2 : 1);
            hoSo.put("SoGiayToChuHoSo", applicant.idNumber());
            if (applicant.idNumber() != null && !applicant.idNumber().isBlank()) {
                hoSo.put("DinhDanhCHS", List.of(Map.of("LoaiDinhDanh",
                        applicant.idNumber().strip().matches("\\d{12}") ? 1 : 2, "SoDinhDanh",
                        applicant.idNumber().strip())));
            }
            hoSo.put("SoDienThoai", applicant.phone());
            hoSo.put("Email", applicant.email());
            hoSo.put("DiaChi", applicant.address());
        }
        hoSo.put("TrichYeuHoSo", summary(d.procedureName()));
        hoSo.put("NgayNopHoSo", time(d.submittedAt()));
        hoSo.put("NgayTiepNhan", time(d.receivedAt()));
        hoSo.put("NgayHenTra", time(d.dueAt()));
        hoSo.put("TrangThaiHoSo", status.code());
        hoSo.put("NgayKetThucXuLy", time(d.finishedAt()));
        hoSo.put("NgayTra", time(d.returnedAt()));
        hoSo.put("HinhThuc", d.resultDelivery() == ResultDelivery.POST ? 1 : 0);
        hoSo.put("DonViXuLy", d.currentUnit());
        if (change.status() == DossierStatus.NOT_ACCEPTED) {
            hoSo.put("NgayTuChoi", time(change.at()));
        }
        if (change.status() == DossierStatus.SUPPLEMENT_REQUESTED || change.status() == DossierStatus.INTAKE_SUPPLEMENT) {
            hoSo.put("NgayYeuCauBoSung", time(change.at()));
        }
        // Circular 04/2025 additions: 1 = paid through the national payment platform (the only online platform here)
        hoSo.put("DuocThanhToanTrucTuyen", payments.paidOnline(change.code()) ? 1 : 0);
        hoSo.put("HoSoCoThanhPhanSoHoa", d.digitized() ? 1 : 0);
        // signed in through VNeID or the portal's SSO, which accepts only VNeID accounts since 20/7/2026
        hoSo.put("TaiKhoanDuocXacThucVoiVNeID", applicant != null && applicant.identityProvider() != null ? 1 : 0);
        hoSo.values().removeIf(value -> value == null);

        Map<String, Object> step = new LinkedHashMap<>();
        step.put("MaHoSo", change.code());
        step.put("NguoiXuLy", shorten(change.actor(), OFFICER_LENGTH));
        step.put("ChucDanh", "");
        step.put("ThoiDiemXuLy", time(change.at()));
        step.put("PhongBanXuLy", d.currentUnit() == null ? "" : d.currentUnit());
        step.put("NoiDungXuLy", change.reason() == null || change.reason().isBlank() ? change.label()
                : change.label() + ": " + change.reason());
        step.put("TrangThai", status.code());
        step.put("NgayBatDau", time(change.at()));
        step.put("NgayKetThucTheoQuyDinh", time(d.dueAt()));
        step.values().removeIf(value -> value == null);

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("meta", meta(change, status, d.receivedAt() != null ? d.receivedAt() : d.submittedAt(),
                DossierChanged.REGISTERED.equals(change.action())));
        payload.put("HoSo", hoSo);
        payload.put("TienDo", List.of(step));
        return payload;
    }

    private Map<String, Object> resultMessage(DossierChanged change) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("GiayToId", change.facts().get("resultCode"));
        result.put("TenGiayTo", change.facts().get("title"));
        result.put("MaKetQua", change.facts().get("resultCode"));
        result.put("DuongDanTepTinKetQua", "/api/v1/dossiers/" + change.code() + "/results/"
                + change.facts().get("resultCode"));
        result.values().removeIf(value -> value == null);
        Map<String, Object> hoSo = new LinkedHashMap<>();
        hoSo.put("MaHoSo", change.code());
        hoSo.put("MaDinhDanhDV", change.agencyCode());
        hoSo.put("DanhSachGiayToKetQua", List.of(result));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("meta", meta(change, null, null, false));
        payload.put("HoSo", hoSo);
        return payload;
    }

    private Map<String, Object> ratingMessage(DossierChanged change) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("MaHoSo", change.code());
        rating.put("MaDinhDanhDV", change.agencyCode());
        rating.put("MucDoHaiLong", String.valueOf(change.facts().get("overall")));
        rating.put("ThoiDiemDanhGia", time(change.at()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("meta", meta(change, null, null, false));
        payload.put("DanhGia", rating);
        return payload;
    }

    private static Map<String, Object> meta(DossierChanged change, StatusMapping.Mapped status, Instant receivedAt,
            boolean first) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("agencyCode", change.agencyCode());
        meta.put("action", change.action());
        meta.put("localStatus", change.status() == null ? null : change.status().name());
        if (status != null) {
            meta.put("nationalStatus", status.code());
            meta.put("mapping", status.version());
            meta.put("full", true);
        }
        meta.put("receivedAt", receivedAt == null ? null : receivedAt.toString());
        meta.put("first", first);
        meta.values().removeIf(value -> value == null);
        return meta;
    }

    static String time(Instant instant) {
        return instant == null ? null : PORTAL_TIME.format(instant);
    }

    /** At most 1,000 characters (995 and "…" when longer); "Dinhkem" when empty, as the portal expects. */
    private static String summary(String text) {
        if (text == null || text.isBlank()) {
            return "Dinhkem";
        }
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 5) + "…";
    }

    private static String shorten(String text, int length) {
        if (text == null) {
            return "";
        }
        return text.length() <= length ? text : text.substring(0, length);
    }
}
