package vn.motcua.controlplan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.NewAgency;
import vn.motcua.identity.NewUser;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.Unit;
import vn.motcua.identity.Users;

/**
 * The two seed agencies (the S&T departments of Quảng Trị and Cao Bằng under their provinces, with units), a control
 * officer of both and a leader of Quảng Trị only; the seed plans as JSON.
 */
final class PlanFixtures {

    static final String QUANG_TRI = "000.00.23.Q45";
    static final String CAO_BANG = "000.00.23.Q11";
    static final String OFFICER = "kehoach.kiemsoat";
    static final String LEADER = "kehoach.lanhdao";
    static final String PASSWORD = "KeHoach2026x";

    private PlanFixtures() {
    }

    static synchronized void ensure(Agencies agencies, Users users) {
        agency(agencies, "000.00.00.Q45", "Ủy ban nhân dân tỉnh Quảng Trị", null);
        if (agency(agencies, QUANG_TRI, "Sở Khoa học và Công nghệ tỉnh Quảng Trị", "000.00.00.Q45")) {
            for (String[] u : new String[][] {{"VP", "Văn phòng Sở"}, {"QLKH", "Phòng Quản lý Khoa học"},
                    {"TTNC", "Trung tâm Nghiên cứu, Chuyển giao Công nghệ và ĐMST"}}) {
                agencies.addUnit(AgencyCode.parse(QUANG_TRI), new Unit(u[0], u[1]));
            }
        }
        agency(agencies, "000.00.00.Q11", "Ủy ban nhân dân tỉnh Cao Bằng", null);
        agency(agencies, CAO_BANG, "Sở Khoa học và Công nghệ tỉnh Cao Bằng", "000.00.00.Q11");
        if (users.find(OFFICER).isEmpty()) {
            users.create(new NewUser(OFFICER, PASSWORD, "Cán bộ kiểm soát kế hoạch", List.of(
                    RoleGrant.of(Role.CONTROL_OFFICER, AgencyCode.parse(QUANG_TRI)),
                    RoleGrant.of(Role.CONTROL_OFFICER, AgencyCode.parse(CAO_BANG)))));
        }
        if (users.find(LEADER).isEmpty()) {
            users.create(new NewUser(LEADER, PASSWORD, "Lãnh đạo Sở Quảng Trị", List.of(
                    RoleGrant.of(Role.LEADER, AgencyCode.parse(QUANG_TRI)))));
        }
    }

    private static boolean agency(Agencies agencies, String code, String name, String parent) {
        AgencyCode c = AgencyCode.parse(code);
        if (agencies.find(c).isPresent()) {
            return false;
        }
        agencies.create(new NewAgency(c, name, parent == null ? null : AgencyCode.parse(parent),
                LocalDate.of(2020, 1, 1), null, List.of()));
        return true;
    }

    /** A seed plan's JSON: {@code quang-tri-2024} or {@code cao-bang-2023}. */
    static String json(String name) {
        try (InputStream in = PlanFixtures.class.getResourceAsStream("/controlplan/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
