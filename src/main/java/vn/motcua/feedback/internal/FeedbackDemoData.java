package vn.motcua.feedback.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.feedback.AnswerOutcome;
import vn.motcua.feedback.Classification;
import vn.motcua.feedback.FeedbackAction;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackCommand;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.FeedbackRating;
import vn.motcua.feedback.Feedbacks;
import vn.motcua.feedback.NewFeedback;
import vn.motcua.feedback.PublicationChannel;
import vn.motcua.feedback.ReviewCriterion;
import vn.motcua.feedback.Submitter;
import vn.motcua.identity.DemoAgency;

/**
 * A year and a half of the demo agency's feedback register, up to today: published answers (one late and rated
 * "not satisfied"), refusals, forwards, a supplement, and open work in every status, some past its limit. Written
 * through the service (intake with a past receipt time, then each action at its own past instant) so the history,
 * deadlines and figures are what the system itself computes. A fixed script, dated back from the clock; idempotent
 * (each item carries its own idempotency key and is skipped once registered).
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "motcua.demo", havingValue = "true")
class FeedbackDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDemoData.class);

    /** One action of a scenario, {@code days} calendar days after receipt. */
    record Step(int days, FeedbackAction action, FeedbackCommand command, String actor) {}

    /** One feedback: received {@code daysAgo} days before today, then its steps. */
    record Scenario(int daysAgo, FeedbackChannel channel, FeedbackKind kind, int category, String subject,
            String content, Submitter submitter, List<Step> steps) {}

    private final FeedbackService service;
    private final Clock clock;

    FeedbackDemoData(FeedbackService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), FeedbackDeadlines.VIETNAM);
        int created = 0;
        List<Scenario> scenarios = scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            Instant received = today.minusDays(s.daysAgo()).atTime(LocalTime.of(8 + i % 8, 15 + i % 40))
                    .atZone(FeedbackDeadlines.VIETNAM).toInstant();
            NewFeedback feedback = new NewFeedback(DemoAgency.CODE.value(), s.kind(), s.category(), s.subject(),
                    s.content(), null, null, s.submitter(), s.channel(), received);
            String key = "demo-feedback-" + i;
            Feedbacks.Received r = s.channel() == FeedbackChannel.ONLINE || s.channel() == FeedbackChannel.NATIONAL_PORTAL
                    ? service.replaySubmit(feedback, key) : service.submit(feedback, key, "tiepnhan");
            if (r.replayed()) {
                continue;
            }
            created++;
            for (Step step : s.steps()) {
                Instant at = received.plus(Duration.ofDays(step.days())).plus(Duration.ofHours(2));
                if (at.isAfter(clock.instant())) {
                    break;
                }
                service.replay(r.feedback().code(), step.action(), step.command(), step.actor(), at);
            }
        }
        log.info("Demo feedback register for {}: {} created", DemoAgency.CODE.value(), created);
    }

    private static FeedbackCommand accept() {
        return new FeedbackCommand(null, null, null, null, null, null, null, null, null, null, null,
                "Phản ánh về quy định thuộc thẩm quyền của Sở");
    }

    private static FeedbackCommand assign(String unit, String assignee) {
        return new FeedbackCommand(null, null, null, null, unit, assignee, null, null, null, null, null, null);
    }

    private static FeedbackCommand answer(String text, AnswerOutcome outcome) {
        return new FeedbackCommand(null, null, null, text, null, null, outcome, java.util.Map.of(
                ReviewCriterion.NECESSITY, "Đã đánh giá sự cần thiết của quy định",
                ReviewCriterion.FEASIBILITY, "Đã đánh giá tính khả thi"), null, null, null, null);
    }

    private static FeedbackCommand publish() {
        return new FeedbackCommand(null, null, null, null, null, null, null, null,
                List.of(PublicationChannel.WEBSITE, PublicationChannel.PORTAL), null, null, null);
    }

    private static FeedbackCommand reason(String reason) {
        return new FeedbackCommand(reason, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static FeedbackCommand forward(String target, Classification classification) {
        return new FeedbackCommand(null, target, classification, null, null, null, null, null, null, null, null,
                null);
    }

    private static FeedbackCommand text(String text) {
        return new FeedbackCommand(null, null, null, text, null, null, null, null, null, null, null, text);
    }

    private static FeedbackCommand rate(FeedbackRating rating, String comment) {
        return new FeedbackCommand(null, null, null, null, null, null, null, null, null, rating, comment, null);
    }

    private static Submitter citizen(String name, String address, String phone) {
        return new Submitter(Submitter.Type.CITIZEN, name, address, phone, null);
    }

    private static Submitter company(String name, String address, String email) {
        return new Submitter(Submitter.Type.ORGANIZATION, name, address, null, email);
    }

    /** A handled-and-published life: accepted, assigned, answered on day {@code answerDay}, published next day. */
    private static List<Step> published(int answerDay, String answer, AnswerOutcome outcome, Step... more) {
        List<Step> steps = new java.util.ArrayList<>(List.of(
                new Step(1, FeedbackAction.ACCEPT, accept(), "kiemsoat"),
                new Step(2, FeedbackAction.ASSIGN, assign("QLCN", "chuyenvien"), "truongphong"),
                new Step(answerDay, FeedbackAction.ANSWER, answer(answer, outcome), "chuyenvien"),
                new Step(answerDay + 1, FeedbackAction.PUBLISH, publish(), "kiemsoat")));
        steps.addAll(List.of(more));
        return steps;
    }

    static List<Scenario> scenarios() {
        String unit = "QLCN";
        return List.of(
                new Scenario(520, FeedbackChannel.ONLINE, FeedbackKind.RECOMMENDATION, 2,
                        "Đề nghị cho nộp bản sao điện tử thay bản sao chứng thực",
                        "Thủ tục cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ yêu cầu bản sao chứng thực "
                                + "Giấy chứng nhận đăng ký doanh nghiệp, trong khi dữ liệu này đã có trên Cổng thông tin "
                                + "quốc gia về đăng ký doanh nghiệp.",
                        company("Công ty TNHH Công nghệ Kinh Bắc", "KCN Quế Võ, Bắc Ninh", "vanphong@kinhbac.vn"),
                        published(12, "Sở đã kiến nghị Bộ Khoa học và Công nghệ cho phép khai thác dữ liệu đăng ký "
                                + "doanh nghiệp, không yêu cầu bản sao chứng thực.", AnswerOutcome.RECOMMEND_AMENDMENT,
                                new Step(15, FeedbackAction.RATE, rate(FeedbackRating.SATISFIED, "Trả lời rõ ràng"),
                                        null))),
                new Scenario(480, FeedbackChannel.PHONE, FeedbackKind.REPORT, 1,
                        "Chưa rõ cách tính thời hạn giải quyết hồ sơ đăng ký chuyển giao công nghệ",
                        "Người gọi phản ánh chưa được hướng dẫn thời hạn giải quyết được tính theo ngày làm việc "
                                + "hay ngày lịch đối với hồ sơ đăng ký chuyển giao công nghệ.",
                        citizen("Nguyễn Văn Hải", "Phường Kinh Bắc, Bắc Ninh", "0912000111"),
                        published(9, "Thời hạn giải quyết tính theo ngày làm việc, không kể ngày nghỉ, lễ, Tết; Sở đã "
                                + "bổ sung nội dung này trên Trang thông tin điện tử.", AnswerOutcome.EXPLAINED)),
                new Scenario(430, FeedbackChannel.DESK, FeedbackKind.REPORT, 6,
                        "Khiếu nại về quyết định xử phạt vi phạm hành chính",
                        "Người gửi không đồng ý với quyết định xử phạt vi phạm hành chính trong lĩnh vực tiêu chuẩn đo "
                                + "lường chất lượng và đề nghị xem xét lại.",
                        citizen("Trần Thị Thu", "Xã Tiên Du, Bắc Ninh", "0987000222"),
                        List.of(new Step(1, FeedbackAction.REJECT, reason("Nội dung là khiếu nại quyết định hành "
                                + "chính, giải quyết theo Luật Khiếu nại; đã hướng dẫn người gửi."), "kiemsoat"))),
                new Scenario(400, FeedbackChannel.EMAIL, FeedbackKind.RECOMMENDATION, 3,
                        "Quy định về lệ phí cấp giấy phép không thống nhất giữa hai nghị quyết",
                        "Mức lệ phí cấp giấy phép tiến hành công việc bức xạ tại Nghị quyết của HĐND tỉnh khác với "
                                + "mức tại Thông tư của Bộ Tài chính.",
                        company("Bệnh viện Đa khoa Hòa Bình", "Phường Võ Cường, Bắc Ninh", "hcqt@bvhoabinh.vn"),
                        List.of(new Step(3, FeedbackAction.FORWARD, forward("Sở Tư pháp tỉnh Bắc Ninh",
                                Classification.OUTSIDE_COMPETENCE), "lanhdao"))),
                new Scenario(350, FeedbackChannel.ONLINE, FeedbackKind.REPORT, 2,
                        "Biểu mẫu tờ khai đăng ký kết quả nhiệm vụ khoa học quá nhiều trường trùng lặp",
                        "Tờ khai yêu cầu kê khai lại thông tin tổ chức chủ trì đã có trong hồ sơ giao nhiệm vụ.",
                        citizen("Lê Minh Tuấn", "Phường Đại Phúc, Bắc Ninh", "0904000333"),
                        published(30, "Sở ghi nhận và sẽ đề xuất đơn giản hóa biểu mẫu khi rà soát thủ tục năm sau.",
                                AnswerOutcome.RECOMMEND_AMENDMENT,
                                new Step(33, FeedbackAction.RATE, rate(FeedbackRating.NOT_SATISFIED,
                                        "Trả lời chậm"), null))),
                new Scenario(300, FeedbackChannel.POST, FeedbackKind.RECOMMENDATION, 7,
                        "Đề nghị giảm thời hạn cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
                        "Đề nghị rút ngắn thời hạn từ 15 xuống 10 ngày làm việc vì hồ sơ đơn giản.",
                        company("Viện Nghiên cứu Nông nghiệp Bắc Giang", "Phường Trần Phú, Bắc Ninh", null),
                        published(14, "Sở đã rút ngắn thời hạn giải quyết trong quy trình nội bộ xuống 10 ngày làm việc.",
                                AnswerOutcome.AMENDED)),
                new Scenario(250, FeedbackChannel.DESK, FeedbackKind.REPORT, 1,
                        "Cán bộ yêu cầu nộp thêm giấy tờ ngoài quy định",
                        "Người gửi phản ánh khi nộp hồ sơ được yêu cầu nộp thêm bản sao hợp đồng lao động, không có "
                                + "trong thành phần hồ sơ đã công bố.",
                        citizen("Phạm Văn Long", "Xã Yên Dũng, Bắc Ninh", "0978000444"),
                        List.of(new Step(2, FeedbackAction.FORWARD, forward("Chánh Thanh tra Sở Khoa học và Công nghệ",
                                Classification.BEHAVIOUR), "lanhdao"))),
                new Scenario(200, FeedbackChannel.ONLINE, FeedbackKind.REPORT, 2,
                        "Phí thẩm định cơ sở khoa học và công nghệ chưa được công khai",
                        "Trang thủ tục không ghi mức phí thẩm định.",
                        citizen("Đỗ Thị Hạnh", "Phường Suối Hoa, Bắc Ninh", "0965000555"),
                        List.of(new Step(1, FeedbackAction.ACCEPT, accept(), "kiemsoat"),
                                new Step(2, FeedbackAction.REQUEST_SUPPLEMENT, text("Đề nghị nêu rõ tên thủ tục và thời "
                                        + "điểm tra cứu"), "kiemsoat"),
                                new Step(9, FeedbackAction.RECEIVE_SUPPLEMENT, text("Người gửi bổ sung qua thư điện tử: "
                                        + "thủ tục cấp Giấy chứng nhận hoạt động dịch vụ khoa học và công nghệ"),
                                        "tiepnhan"),
                                new Step(10, FeedbackAction.ASSIGN, assign(unit, "chuyenvien"), "truongphong"),
                                new Step(20, FeedbackAction.ANSWER, answer("Thủ tục không thu phí; Sở đã cập nhật nội "
                                        + "dung \"Không\" tại mục phí, lệ phí.", AnswerOutcome.EXPLAINED), "chuyenvien"),
                                new Step(21, FeedbackAction.PUBLISH, publish(), "kiemsoat"))),
                new Scenario(150, FeedbackChannel.NATIONAL_PORTAL, FeedbackKind.RECOMMENDATION, 8,
                        "Sáng kiến tiếp nhận hồ sơ sở hữu trí tuệ qua ứng dụng di động",
                        "Đề nghị cho phép nộp hồ sơ hỗ trợ đăng ký sở hữu trí tuệ trên ứng dụng di động của tỉnh.",
                        citizen("Vũ Đức Anh", "Phường Ninh Xá, Bắc Ninh", "0911000666"),
                        published(11, "Sở ghi nhận sáng kiến và đưa vào kế hoạch chuyển đổi số năm tới.",
                                AnswerOutcome.OTHER)),
                new Scenario(100, FeedbackChannel.ONLINE, FeedbackKind.REPORT, 2,
                        "Không tra cứu được tình trạng hồ sơ sau khi nộp trực tuyến",
                        "Sau khi nộp hồ sơ trực tuyến, trang tra cứu báo không tìm thấy hồ sơ trong hai ngày.",
                        company("Công ty Cổ phần Đo lường Việt Bắc", "KCN Tiên Sơn, Bắc Ninh", "info@dlvb.vn"),
                        published(7, "Hồ sơ nộp trực tuyến được cấp mã khi Bộ phận Một cửa tiếp nhận; Sở đã bổ sung "
                                + "hướng dẫn tra cứu bằng mã tra cứu ngay khi nộp.", AnswerOutcome.EXPLAINED,
                                new Step(10, FeedbackAction.RATE, rate(FeedbackRating.SATISFIED, null), null))),
                new Scenario(60, FeedbackChannel.EMAIL, FeedbackKind.RECOMMENDATION, 3,
                        "Thành phần hồ sơ trùng giữa hai thủ tục chuyển giao công nghệ",
                        "Hồ sơ đăng ký gia hạn và đăng ký sửa đổi chuyển giao công nghệ yêu cầu cùng một tài liệu.",
                        company("Công ty TNHH Kỹ thuật Lạng Giang", "Xã Lạng Giang, Bắc Ninh", "ktlg@gmail.com"),
                        published(13, "Sở đã kiến nghị Bộ Khoa học và Công nghệ hợp nhất thành phần hồ sơ.",
                                AnswerOutcome.RECOMMEND_AMENDMENT)),
                new Scenario(40, FeedbackChannel.ONLINE, FeedbackKind.REPORT, 6, "Hỏi về lịch làm việc",
                        "Xin hỏi Bộ phận Một cửa có làm việc sáng thứ bảy không, tôi cần nộp hồ sơ gấp.",
                        citizen("Ngô Văn Bình", "Xã Hiệp Hòa, Bắc Ninh", "0933000777"),
                        List.of(new Step(1, FeedbackAction.REJECT, reason("Không phải phản ánh, kiến nghị về quy định "
                                + "hành chính; đã trả lời người hỏi qua điện thoại."), "kiemsoat"))),
                new Scenario(30, FeedbackChannel.DESK, FeedbackKind.REPORT, 2,
                        "Thời gian thẩm định hồ sơ cấp phép bức xạ kéo dài",
                        "Hồ sơ cấp giấy phép tiến hành công việc bức xạ đã quá hẹn nhưng chưa có kết quả.",
                        company("Phòng khám Đa khoa Quốc tế Bắc Ninh", "Phường Kinh Bắc, Bắc Ninh", null),
                        List.of(new Step(1, FeedbackAction.ACCEPT, accept(), "kiemsoat"),
                                new Step(2, FeedbackAction.ASSIGN, assign(unit, "chuyenvien"), "truongphong"))),
                new Scenario(25, FeedbackChannel.ONLINE, FeedbackKind.REPORT, 2,
                        "Yêu cầu xác nhận của địa phương trong hồ sơ đề nghị hỗ trợ đổi mới công nghệ",
                        "Hồ sơ yêu cầu xác nhận của UBND xã về địa điểm sản xuất, gây mất thời gian.",
                        company("HTX Nông nghiệp Lục Ngạn", "Xã Lục Ngạn, Bắc Ninh", "htxlucngan@gmail.com"),
                        List.of(new Step(1, FeedbackAction.ACCEPT, accept(), "kiemsoat"),
                                new Step(2, FeedbackAction.ASSIGN, assign(unit, "chuyenvien"), "truongphong"),
                                new Step(12, FeedbackAction.ANSWER, answer("Sở đề xuất bỏ yêu cầu xác nhận, thay bằng "
                                        + "khai thác dữ liệu đất đai.", AnswerOutcome.RECOMMEND_AMENDMENT),
                                        "chuyenvien"))),
                new Scenario(15, FeedbackChannel.ONLINE, FeedbackKind.RECOMMENDATION, 7,
                        "Đề nghị cho phép thanh toán lệ phí qua mã QR tại Bộ phận Một cửa",
                        "Đề nghị bố trí thanh toán lệ phí bằng mã QR để không phải mang tiền mặt.",
                        citizen("Hoàng Thị Lan", "Phường Vệ An, Bắc Ninh", "0945000888"),
                        List.of(new Step(1, FeedbackAction.ACCEPT, accept(), "kiemsoat"),
                                new Step(2, FeedbackAction.ASSIGN, assign("VP", null), "lanhdao"))),
                new Scenario(8, FeedbackChannel.ONLINE, FeedbackKind.REPORT, 2,
                        "Biểu mẫu báo cáo định kỳ không mở được",
                        "Tệp biểu mẫu báo cáo trên trang thủ tục bị lỗi khi tải về.",
                        citizen("Đinh Văn Quang", "Xã Quế Võ, Bắc Ninh", "0922000999"),
                        List.of(new Step(1, FeedbackAction.REQUEST_SUPPLEMENT, text("Đề nghị cho biết tên thủ tục và "
                                + "biểu mẫu bị lỗi"), "kiemsoat"))),
                new Scenario(3, FeedbackChannel.POST, FeedbackKind.RECOMMENDATION, 3,
                        "Đề nghị thống nhất mẫu đơn giữa thủ tục cấp và cấp lại giấy chứng nhận",
                        "Mẫu đơn cấp lại khác mẫu đơn cấp mới ở nhiều mục không cần thiết.",
                        company("Trung tâm Ứng dụng tiến bộ KH&CN", "Phường Suối Hoa, Bắc Ninh", null), List.of()),
                new Scenario(1, FeedbackChannel.ONLINE, FeedbackKind.REPORT, 1,
                        "Chưa nhận được thông báo bổ sung hồ sơ",
                        "Hồ sơ của tôi chuyển sang trạng thái chờ bổ sung nhưng tôi không nhận được thư điện tử nào.",
                        citizen("Bùi Thị Ngọc", "Xã Việt Yên, Bắc Ninh", "0956000123"), List.of()));
    }
}
