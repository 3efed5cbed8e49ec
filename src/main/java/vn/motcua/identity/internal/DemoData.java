package vn.motcua.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.AgencyContact;
import vn.motcua.identity.DemoAgency;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.Unit;

/**
 * Demo data ({@code motcua.demo=true} only): Bắc Ninh after the 2025 merger with Bắc Giang, its Department of
 * Science and Technology formed from both provinces' departments (which had absorbed their Departments of
 * Information and Communications on 01/3/2025), the department's units, and one user per role. Idempotent:
 * whatever already exists is left as it is. Runs as {@code ApplicationRunner} with
 * {@code @Order(}{@link DemoAgency#LOADER_ORDER}{@code )}; other modules' demo loaders run after it.
 *
 * <p>Codes: {@code H05} is Bắc Ninh's level-1 code as seen in 2025 catalogs; {@code H03} for Bắc Giang and the
 * level-2 numbers of the departments are illustrative (follow the alphabetical order of the observed H05, H13,
 * H35, H38, H55, H56, not read from the regulation).
 */
@Component
@Order(DemoAgency.LOADER_ORDER)
@ConditionalOnBooleanProperty("motcua.demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final LocalDate PROVINCES_REESTABLISHED = LocalDate.of(1997, 1, 1);
    static final LocalDate DEPARTMENTS_OF_INFORMATION_CREATED = LocalDate.of(2008, 4, 1);
    static final LocalDate INFORMATION_ABSORBED = LocalDate.of(2025, 3, 1);
    static final LocalDate PROVINCES_MERGED = LocalDate.of(2025, 7, 1);

    static final AgencyCode BAC_GIANG = new AgencyCode("000.00.00.H03");
    static final AgencyCode OLD_SCIENCE_BAC_NINH = new AgencyCode("000.00.13.H05");
    static final AgencyCode OLD_INFORMATION_BAC_NINH = new AgencyCode("000.00.14.H05");
    static final AgencyCode OLD_SCIENCE_BAC_GIANG = new AgencyCode("000.00.13.H03");
    static final AgencyCode OLD_INFORMATION_BAC_GIANG = new AgencyCode("000.00.14.H03");

    /**
     * The demo department's contact for the home page. DEMO VALUES, not the department's verified contact: the street
     * address is plausible but unchecked, the hotline is a made-up number in the style of the province's 0222
     * numbers and the mailbox is on the reserved top-level domain {@code .example}; a deployment sets the real
     * ones on the page "Cơ quan, đơn vị". Written only while the agency has no contact, so an edit survives restarts.
     */
    static final AgencyContact DEMO_CONTACT = new AgencyContact(
            "Số 10 đường Phù Đổng Thiên Vương, phường Kinh Bắc, tỉnh Bắc Ninh",
            "0222 3000 000", // demo hotline: not a real number
            "motcua.sokhcn@bacninh.example"); // demo mailbox: .example is reserved, never delivered

    private record DemoUser(String username, String fullName, RoleGrant grant) {}

    private static final List<Unit> UNITS = List.of(
            new Unit("VP", "Văn phòng Sở"),
            new Unit("KHTC", "Phòng Kế hoạch - Tài chính"),
            new Unit("QLKH", "Phòng Quản lý khoa học"),
            new Unit(DemoAgency.PROCESSING_UNIT, "Phòng Quản lý công nghệ và Đổi mới sáng tạo"),
            new Unit("BCVTCDS", "Phòng Bưu chính, Viễn thông và Chuyển đổi số"),
            new Unit("CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng"),
            new Unit(DemoAgency.ONE_STOP_UNIT, "Bộ phận Một cửa"));

    /** The demo accounts; {@link IdentityStartup} disables them when a later start runs without demo data. */
    static List<String> usernames() {
        return USERS.stream().map(DemoUser::username).toList();
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Quản trị hệ thống", RoleGrant.of(Role.ADMINISTRATOR, null)),
            new DemoUser("tiepnhan", "Nguyễn Thị Thu Hà",
                    new RoleGrant(Role.DESK_OFFICER, DemoAgency.CODE, DemoAgency.ONE_STOP_UNIT)),
            new DemoUser("chuyenvien", "Trần Văn Minh",
                    new RoleGrant(Role.SPECIALIST, DemoAgency.CODE, DemoAgency.PROCESSING_UNIT)),
            new DemoUser("truongphong", "Lê Thị Hồng Nhung",
                    new RoleGrant(Role.UNIT_HEAD, DemoAgency.CODE, DemoAgency.PROCESSING_UNIT)),
            new DemoUser("lanhdao", "Phạm Quốc Hùng", RoleGrant.of(Role.LEADER, DemoAgency.CODE)),
            new DemoUser("kiemsoat", "Đỗ Thị Lan Anh", RoleGrant.of(Role.CONTROL_OFFICER, DemoAgency.CODE)),
            new DemoUser("congdan", "Nguyễn Văn An", RoleGrant.of(Role.APPLICANT, null)),
            new DemoUser("doanhnghiep", "Công ty TNHH Công nghệ Kinh Bắc", RoleGrant.of(Role.APPLICANT, null)));

    private final AgencyRepository agencies;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoData(AgencyRepository agencies, UserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.agencies = agencies;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        agencies.insert(DemoAgency.PROVINCE, "Ủy ban nhân dân tỉnh Bắc Ninh", null, PROVINCES_REESTABLISHED, null, now);
        agencies.insert(BAC_GIANG, "Ủy ban nhân dân tỉnh Bắc Giang", null, PROVINCES_REESTABLISHED,
                PROVINCES_MERGED.minusDays(1), now);
        agencies.linkSuccession(BAC_GIANG, DemoAgency.PROVINCE);

        agencies.insert(OLD_SCIENCE_BAC_NINH, "Sở Khoa học và Công nghệ tỉnh Bắc Ninh (trước 01/7/2025)",
                DemoAgency.PROVINCE, PROVINCES_REESTABLISHED, PROVINCES_MERGED.minusDays(1), now);
        agencies.insert(OLD_INFORMATION_BAC_NINH, "Sở Thông tin và Truyền thông tỉnh Bắc Ninh", DemoAgency.PROVINCE,
                DEPARTMENTS_OF_INFORMATION_CREATED, INFORMATION_ABSORBED.minusDays(1), now);
        agencies.linkSuccession(OLD_INFORMATION_BAC_NINH, OLD_SCIENCE_BAC_NINH);

        agencies.insert(OLD_SCIENCE_BAC_GIANG, "Sở Khoa học và Công nghệ tỉnh Bắc Giang", BAC_GIANG, PROVINCES_REESTABLISHED,
                PROVINCES_MERGED.minusDays(1), now);
        agencies.insert(OLD_INFORMATION_BAC_GIANG, "Sở Thông tin và Truyền thông tỉnh Bắc Giang", BAC_GIANG,
                DEPARTMENTS_OF_INFORMATION_CREATED, INFORMATION_ABSORBED.minusDays(1), now);
        agencies.linkSuccession(OLD_INFORMATION_BAC_GIANG, OLD_SCIENCE_BAC_GIANG);

        agencies.insert(DemoAgency.CODE, "Sở Khoa học và Công nghệ tỉnh Bắc Ninh", DemoAgency.PROVINCE, PROVINCES_MERGED,
                null, now);
        agencies.linkSuccession(OLD_SCIENCE_BAC_NINH, DemoAgency.CODE);
        agencies.linkSuccession(OLD_SCIENCE_BAC_GIANG, DemoAgency.CODE);
        UNITS.forEach(unit -> agencies.insertUnit(DemoAgency.CODE, unit, now));
        agencies.fillContactIfEmpty(DemoAgency.CODE, DEMO_CONTACT);

        int created = 0;
        for (DemoUser user : USERS) {
            if (!users.exists(user.username()) && users.insert(user.username(),
                    passwordEncoder.encode(DemoAgency.PASSWORD), user.fullName(), List.of(user.grant()), now)) {
                created++;
            }
        }
        if (created > 0) {
            log.warn("Demo data: created {} demo users with the published password; never use motcua.demo=true "
                    + "with real data", created);
        }
    }
}
