package vn.motcua.web.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;

/**
 * What the header offers the person reading a page, by their roles ({@code vn.motcua.identity.Role} names). Templates
 * ask it as {@code @menu}, so every page shows the same header, refusal and error pages included (Spring renders
 * those without the failed request's model). The links come grouped by what people do ({@link #groups()}): a visitor
 * and an applicant get a few plain links, officers a few disclosure menus (records, feedback, TTHC control, reports,
 * administration), each link listed with the roles its page lets in, and a group only when it has a link for the
 * person. Showing a link is a courtesy: each page and endpoint checks the role itself.
 */
@Component("menu")
public class Menu {

    private final Users users;

    Menu(Users users) {
        this.users = users;
    }

    /** Every role of an official of the agency (all roles but the applicant's). */
    private static final String[] OFFICIALS = {"DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CONTROL_OFFICER",
            "ADMINISTRATOR"};
    private static final String[] OVERSIGHT = {"LEADER", "CONTROL_OFFICER", "ADMINISTRATOR"};
    private static final String[] CONTROL = {"CONTROL_OFFICER", "ADMINISTRATOR"};

    /** A link of the header: its label, its address and its access key (Alt+key), if any. */
    public record Link(String label, String href, String accessKey) {}

    /** A menu of links about one kind of work; a {@code null} label: plain links shown side by side. */
    public record Group(String label, List<Link> links) {}

    /** The header's links for the person reading the page, grouped by what they do; empty groups left out. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        if (!any(OFFICIALS)) {
            List<Link> plain = new ArrayList<>();
            plain.add(new Link("Thủ tục", "/thu-tuc", null));
            if (any("APPLICANT")) {
                plain.add(new Link("Hồ sơ của tôi", "/ho-so-cua-toi", null));
            }
            plain.add(new Link("Tra cứu hồ sơ", "/tra-cuu-ho-so", null));
            plain.add(new Link("Phản ánh, kiến nghị", "/phan-anh-kien-nghi", null));
            plain.add(new Link("Lịch làm việc", "/lich", null));
            groups.add(new Group(null, plain));
            return groups;
        }
        groups.add(new Group(null, List.of(new Link("Thủ tục", "/thu-tuc", null))));
        add(groups, "Hồ sơ", List.of(new Link("Tra cứu hồ sơ", "/tra-cuu-ho-so", null)),
                link("Tiếp nhận", "/mot-cua/tiep-nhan", "n", "DESK_OFFICER", "LEADER"),
                link("Hồ sơ cần xử lý", "/ho-so", "h", OFFICIALS),
                link("Hồ sơ của tôi", "/ho-so-cua-toi", null, "APPLICANT"));
        add(groups, "Phản ánh, kiến nghị", List.of(new Link("Kết quả trả lời công khai", "/phan-anh-kien-nghi", null)),
                link("Sổ phản ánh, kiến nghị", "/pakn", "p", OFFICIALS),
                link("Tiếp nhận phản ánh", "/pakn/moi", null, "DESK_OFFICER", "CONTROL_OFFICER", "LEADER"));
        add(groups, "Kiểm soát TTHC", List.of(),
                link("Danh sách kiểm soát", "/kiem-soat", "k", OVERSIGHT),
                link("Kế hoạch kiểm soát", "/kiem-soat/ke-hoach", null, OVERSIGHT),
                link("Báo cáo hoạt động kiểm soát", "/kiem-soat/bao-cao", null, OVERSIGHT));
        add(groups, "Báo cáo, chỉ số", List.of(),
                link("Bảng điều khiển (Chỉ số 766)", "/bang-dieu-khien", "b", OVERSIGHT),
                link("Báo cáo giải quyết TTHC", "/bao-cao", "r", OVERSIGHT),
                link("Báo cáo định kỳ kiểm soát TTHC", "/bao-cao/dinh-ky", null, OVERSIGHT));
        add(groups, "Quản trị", List.of(new Link("Lịch làm việc", "/lich", null)),
                link("Quản trị thủ tục", "/quan-tri/thu-tuc", null, CONTROL),
                link("Cơ quan, đơn vị", "/quan-tri/co-quan", null, OFFICIALS),
                link("Nhật ký kiểm toán", "/quan-tri/nhat-ky", null, OVERSIGHT),
                link("Đăng nhập định danh điện tử", "/quan-tri/dinh-danh", null, "ADMINISTRATOR"),
                link("Thanh toán trực tuyến", "/quan-tri/thanh-toan", null, "ADMINISTRATOR", "LEADER"),
                link("Kết nối, liên thông", "/quan-tri/ket-noi", null, "ADMINISTRATOR"),
                link("Thông báo cho người nộp", "/quan-tri/thong-bao", null, "ADMINISTRATOR"));
        return groups;
    }

    /** The link when the person holds one of the roles its page lets in, else {@code null}. */
    private Link link(String label, String href, String accessKey, String... roles) {
        return any(roles) ? new Link(label, href, accessKey) : null;
    }

    /**
     * Adds the group when the person may open at least one of its role-bound links, followed by its public ones
     * (a group of public links alone would offer nothing of the person's work).
     */
    private static void add(List<Group> groups, String label, List<Link> open, Link... own) {
        List<Link> shown = new ArrayList<>();
        for (Link link : own) {
            if (link != null) {
                shown.add(link);
            }
        }
        if (!shown.isEmpty()) {
            shown.addAll(open);
            groups.add(new Group(label, List.copyOf(shown)));
        }
    }

    /** The signed-in person's username; null for a visitor. */
    public String user() {
        Authentication authentication = signedIn();
        return authentication == null ? null : authentication.getName();
    }

    /** The signed-in person's full name (their username if it cannot be read); null for a visitor. */
    public String name() {
        String username = user();
        if (username == null) {
            return null;
        }
        try {
            return users.find(username).map(UserAccount::fullName).orElse(username);
        } catch (DataAccessException unreachable) {
            return username; // an error page must render even when the database does not answer
        }
    }

    /** Whether the person holds at least one of the roles. */
    public boolean any(String... roles) {
        Authentication authentication = signedIn();
        if (authentication == null) {
            return false;
        }
        Set<String> wanted = Arrays.stream(roles).map(role -> "ROLE_" + role).collect(Collectors.toSet());
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(wanted::contains);
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? null : authentication;
    }
}
