package vn.motcua.feedback;

import java.util.Arrays;
import java.util.Optional;

/** What a feedback is about: the eight content categories of Decree 20/2008 Art. 5, by their number. */
public enum FeedbackCategory {
    OBSTRUCTION(1, "Vướng mắc do chậm trễ, gây phiền hà, không thực hiện hoặc thực hiện sai quy định"),
    UNSUITED(2, "Quy định không phù hợp với thực tế"),
    INCONSISTENT(3, "Quy định không đồng bộ, thống nhất với các quy định khác"),
    ILLEGAL(4, "Quy định không hợp pháp"),
    AGAINST_TREATIES(5, "Quy định trái với điều ước quốc tế mà Việt Nam là thành viên"),
    OTHER(6, "Những vấn đề khác"),
    SOLUTION(7, "Phương án xử lý những vấn đề nêu trên"),
    INITIATIVE(8, "Sáng kiến ban hành mới quy định hành chính");

    private final int number;
    private final String label;

    FeedbackCategory(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public static Optional<FeedbackCategory> ofNumber(int number) {
        return Arrays.stream(values()).filter(c -> c.number == number).findFirst();
    }
}
