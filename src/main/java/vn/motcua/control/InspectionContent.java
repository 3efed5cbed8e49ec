package vn.motcua.control;

/**
 * What a self-inspection of a unit looks at: the seven contents of the Quảng Trị 2024 plan's appendix, item V.1
 * (Circular 02/2017/TT-VPCP's subjects of TTHC control).
 */
public enum InspectionContent implements Labelled {
    DIRECTION("Công tác chỉ đạo, điều hành về hoạt động kiểm soát TTHC"),
    PUBLICATION("Việc thực hiện công bố, công khai thủ tục hành chính"),
    RESOLUTION("Việc giải quyết thủ tục hành chính"),
    FEEDBACK("Việc tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính"),
    REVIEW("Việc rà soát, đánh giá thủ tục hành chính"),
    REPORTING("Việc thực hiện chế độ thông tin, báo cáo về tình hình, kết quả thực hiện kiểm soát TTHC"),
    ONE_STOP("Việc thực hiện quy định một cửa, một cửa liên thông trong giải quyết TTHC");

    private final String label;

    InspectionContent(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
