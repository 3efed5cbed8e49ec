package vn.motcua.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationEvent;
import vn.motcua.notification.NotificationTemplate;
import vn.motcua.notification.NotificationTemplates;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Enums;
import vn.motcua.shared.web.VietnamTime;

/** The templates of the messages to applicants, for administrators. */
@Tag(name = "Thông báo cho người nộp", description = "Mẫu thông báo theo sự kiện và kênh (thư điện tử, SMS, Zalo): "
        + "xem, sửa, xem trước với hồ sơ mẫu")
@RestController
@RequestMapping(path = "/api/v1/notification-templates", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMINISTRATOR')")
class NotificationTemplateController {

    /** A template as the API shows it. */
    record TemplateJson(String event, String eventLabel, String channel, String channelLabel, String subject,
            String body, boolean active, OffsetDateTime updatedAt, String updatedBy, int version) {

        static TemplateJson of(NotificationTemplate t) {
            return new TemplateJson(t.event().name(), t.event().label(), t.channel().name(), t.channel().label(),
                    t.subject(), t.body(), t.active(), VietnamTime.offset(t.updatedAt()), t.updatedBy(), t.version());
        }
    }

    /** One template to save or preview; {@code active} defaults to true. */
    record TemplateBody(String event, String channel, String subject, String body, Boolean active) {

        NotificationTemplates.Change change() {
            return new NotificationTemplates.Change(Enums.parse(NotificationEvent.class, event, "event"),
                    Enums.parse(NotificationChannel.class, channel, "channel"), subject, body,
                    !Boolean.FALSE.equals(active));
        }
    }

    private final NotificationTemplates templates;

    NotificationTemplateController(NotificationTemplates templates) {
        this.templates = templates;
    }

    @Operation(summary = "Các mẫu thông báo (quản trị)",
            description = "Mỗi sự kiện (tiếp nhận, từ chối, yêu cầu bổ sung, yêu cầu nộp phí, có kết quả, trả kết quả, "
                    + "rút hồ sơ, tiếp nhận và trả lời phản ánh, kiến nghị) có một mẫu cho mỗi kênh (EMAIL, SMS, ZALO), "
                    + "với các biến như {maHoSo}, {tenThuTuc}, {ngayHenTra}; mẫu không hoạt động thì không gửi.")
    @GetMapping
    List<TemplateJson> list() {
        return templates.list().stream().map(TemplateJson::of).toList();
    }

    @Operation(summary = "Lưu các mẫu thông báo (quản trị)",
            description = "Lưu cùng lúc các mẫu gửi lên (tất cả hoặc không mẫu nào), trả về mọi mẫu. Mỗi mẫu phải có "
                    + "{maHoSo} (hoặc {soPhanAnh} với phản ánh, kiến nghị), chỉ dùng các biến có sẵn; thư điện tử cần "
                    + "tiêu đề; SMS được gửi không dấu, tối đa 2 tin (306 ký tự) và không chứa đường liên kết; tin Zalo "
                    + "tối đa 400 ký tự. Vi phạm: 400 với lời giải thích.")
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    List<TemplateJson> update(@RequestBody List<TemplateBody> body, Principal principal) {
        if (body == null || body.stream().anyMatch(t -> t == null)) {
            throw ProblemException.invalidField("templates", "Danh sách mẫu thông báo không hợp lệ.");
        }
        return templates.update(body.stream().map(TemplateBody::change).toList(), principal.getName()).stream()
                .map(TemplateJson::of).toList();
    }

    @Operation(summary = "Lưu một mẫu thông báo (quản trị)",
            description = "Như lưu nhiều mẫu, cho một sự kiện và một kênh trong đường dẫn.")
    @PutMapping(path = "/{event}/{channel}", consumes = MediaType.APPLICATION_JSON_VALUE)
    TemplateJson updateOne(@PathVariable String event, @PathVariable String channel, @RequestBody TemplateBody body,
            Principal principal) {
        if (body == null) {
            throw ProblemException.invalidField("body", "Thiếu nội dung mẫu thông báo.");
        }
        TemplateBody one = new TemplateBody(event, channel, body.subject(), body.body(), body.active());
        NotificationTemplates.Change change = one.change();
        return templates.update(List.of(change), principal.getName()).stream()
                .filter(t -> t.event() == change.event() && t.channel() == change.channel()).findFirst()
                .map(TemplateJson::of).orElseThrow();
    }

    @Operation(summary = "Xem trước một mẫu thông báo (quản trị)",
            description = "Điền mẫu với một hồ sơ mẫu (và một phản ánh mẫu) và trả về tin như sẽ được gửi, với số ký "
                    + "tự và, với SMS, số tin; không lưu. Mẫu vi phạm quy tắc: 400 với lời giải thích.")
    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    NotificationTemplates.Preview preview(@RequestBody TemplateBody body) {
        if (body == null) {
            throw ProblemException.invalidField("body", "Thiếu nội dung mẫu thông báo.");
        }
        return templates.preview(body.change());
    }
}
