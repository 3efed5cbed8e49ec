package vn.motcua.feedback.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.motcua.feedback.FeedbackCategory;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.NewFeedback;
import vn.motcua.feedback.Submitter;
import vn.motcua.identity.Agencies;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.ProblemException.FieldProblem;

/**
 * The acceptability conditions of Decree 20/2008 Art. 7 checked at intake, all at once, each with a Vietnamese
 * message beside its field: the content stated, the submitter's name and address, and a phone number for what
 * came by the dedicated phone line (the officer transcribes it). Whether the text is in Vietnamese and clear is
 * for the officer who classifies it (refusal with reason).
 */
@Component
class FeedbackIntake {

    static final int MIN_CONTENT = 20;
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 .()-]{8,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Agencies agencies;

    FeedbackIntake(Agencies agencies) {
        this.agencies = agencies;
    }

    /** The feedback with its text trimmed, channel and receipt time settled; or 400 listing every problem. */
    NewFeedback validate(NewFeedback f, boolean officer, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String agency = text(f.agencyCode());
        if (agency == null) {
            problems.add(new FieldProblem("agencyCode", "Cần chọn cơ quan nhận phản ánh, kiến nghị."));
        } else {
            try {
                if (agencies.find(FeedbackAccess.agencyCode(agency)).isEmpty()) {
                    problems.add(new FieldProblem("agencyCode", "Không có cơ quan mã \"" + agency + "\"."));
                } else {
                    agency = FeedbackAccess.agencyCode(agency).value();
                }
            } catch (ProblemException e) {
                problems.add(new FieldProblem("agencyCode", e.getMessage()));
            }
        }
        if (f.kind() == null) {
            problems.add(new FieldProblem("kind", "Cần chọn loại: phản ánh (REPORT) hoặc kiến nghị (RECOMMENDATION)."));
        }
        if (f.category() == null || FeedbackCategory.ofNumber(f.category()).isEmpty()) {
            problems.add(new FieldProblem("category", "Cần chọn nội dung phản ánh, kiến nghị (từ 1 đến 8, Điều 5 "
                    + "Nghị định 20/2008/NĐ-CP)."));
        }
        String subject = text(f.subject());
        if (subject == null) {
            problems.add(new FieldProblem("subject", "Cần nhập tiêu đề."));
        } else if (subject.length() > 300) {
            problems.add(new FieldProblem("subject", "Tiêu đề tối đa 300 ký tự."));
        }
        String content = text(f.content());
        if (content == null || content.length() < MIN_CONTENT) {
            problems.add(new FieldProblem("content", "Nội dung phản ánh, kiến nghị phải được trình bày rõ ràng (ít "
                    + "nhất " + MIN_CONTENT + " ký tự)."));
        } else if (content.length() > 10_000) {
            problems.add(new FieldProblem("content", "Nội dung tối đa 10.000 ký tự."));
        }
        FeedbackChannel channel = officer && f.channel() != null ? f.channel() : FeedbackChannel.ONLINE;
        Submitter submitter = submitter(f.submitter(), channel, problems);
        Instant receivedAt = officer && f.receivedAt() != null ? f.receivedAt() : now;
        if (receivedAt.isAfter(now)) {
            problems.add(new FieldProblem("receivedAt", "Thời điểm tiếp nhận không được ở tương lai."));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemException.Kind.INVALID, "Phản ánh, kiến nghị chưa đủ điều kiện tiếp "
                    + "nhận (Điều 7 Nghị định 20/2008/NĐ-CP): " + problems.get(0).message(), problems);
        }
        return new NewFeedback(agency, f.kind(), f.category(), subject, content, text(f.procedureCode()),
                text(f.dossierCode()), submitter, channel, receivedAt);
    }

    private static Submitter submitter(Submitter s, FeedbackChannel channel, List<FieldProblem> problems) {
        if (s == null) {
            problems.add(new FieldProblem("submitter", "Cần nhập thông tin người gửi: họ tên, địa chỉ, số điện "
                    + "thoại."));
            return null;
        }
        if (s.type() == null) {
            problems.add(new FieldProblem("submitter.type", "Cần chọn cá nhân (CITIZEN) hoặc tổ chức (ORGANIZATION)."));
        }
        String name = text(s.name());
        if (name == null) {
            problems.add(new FieldProblem("submitter.name", "Cần nhập họ tên (hoặc tên tổ chức) người gửi."));
        }
        String address = text(s.address());
        if (address == null) {
            problems.add(new FieldProblem("submitter.address", "Cần nhập địa chỉ liên hệ của người gửi."));
        }
        String phone = text(s.phone());
        if (phone == null && channel == FeedbackChannel.PHONE) {
            problems.add(new FieldProblem("submitter.phone", "Phản ánh qua điện thoại phải ghi số điện thoại của "
                    + "người gửi."));
        } else if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("submitter.phone", "Số điện thoại không hợp lệ."));
        }
        String email = text(s.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("submitter.email", "Địa chỉ thư điện tử không hợp lệ."));
        }
        return new Submitter(s.type(), name, address, phone, email);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
