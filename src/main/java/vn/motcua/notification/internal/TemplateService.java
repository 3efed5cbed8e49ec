package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationTemplate;
import vn.motcua.notification.NotificationTemplates;
import vn.motcua.shared.ProblemException;

/** The templates: listed, checked and saved together, previewed with a sample dossier. */
@Service
class TemplateService implements NotificationTemplates {

    /** The values a preview and the check on save render with: a typical dossier and feedback of the demo agency. */
    static final Map<String, String> SAMPLE = sample();

    private final NotificationRepository repository;
    private final Clock clock;

    TemplateService(NotificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    private static Map<String, String> sample() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("maHoSo", "000.00.22.H05-261207-0001");
        s.put("soPhanAnh", "000.00.22.H05-PAKN26-00012");
        s.put("tenThuTuc", "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ");
        s.put("tieuDe", "Đề nghị đơn giản hóa thành phần hồ sơ");
        s.put("nguoiNop", "Nguyễn Văn An");
        s.put("coQuan", "Sở Khoa học và Công nghệ tỉnh Bắc Ninh");
        s.put("ngay", "07/12/2026");
        s.put("ngayHenTra", "21/12/2026");
        s.put("lyDo", "Thiếu bản sao Giấy chứng nhận đăng ký doanh nghiệp");
        s.put("soTien", "200.000 đồng");
        s.put("trangThai", "Được tiếp nhận");
        return Map.copyOf(s);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NotificationTemplate> list() {
        return repository.templates();
    }

    @Override
    @Transactional
    public List<NotificationTemplate> update(List<Change> changes, String actor) {
        if (changes == null || changes.isEmpty()) {
            throw ProblemException.invalidField("templates", "Chưa có mẫu thông báo nào để lưu.");
        }
        Set<String> seen = new HashSet<>();
        Instant now = clock.instant();
        for (Change change : changes) {
            checkKey(change);
            if (!seen.add(change.event() + "/" + change.channel())) {
                throw ProblemException.invalidField("templates", "Mẫu " + change.event().label() + " – "
                        + change.channel().label() + " được gửi hai lần.");
            }
            TemplateText.check(change.event(), change.channel(), change.subject(), change.body(), SAMPLE);
            repository.saveTemplate(change.event(), change.channel(),
                    change.channel() == NotificationChannel.EMAIL ? change.subject().strip() : null,
                    change.body().strip(), change.active(), actor, now);
        }
        return repository.templates();
    }

    @Override
    public Preview preview(Change change) {
        checkKey(change);
        TemplateText.Rendered rendered = TemplateText.check(change.event(), change.channel(), change.subject(),
                change.body(), SAMPLE);
        Integer segments = change.channel() == NotificationChannel.SMS
                ? SmsText.segments(SmsText.septets(rendered.body())) : null;
        return new Preview(change.event(), change.channel(), rendered.subject(), rendered.body(),
                rendered.body().length(), segments);
    }

    @Override
    public Map<String, String> placeholders() {
        return TemplateText.PLACEHOLDERS;
    }

    private static void checkKey(Change change) {
        if (change == null || change.event() == null) {
            throw ProblemException.invalidField("event", "Thiếu sự kiện của mẫu thông báo.");
        }
        if (change.channel() == null) {
            throw ProblemException.invalidField("channel", "Thiếu kênh của mẫu thông báo (EMAIL, SMS hoặc ZALO).");
        }
    }
}
