package vn.motcua.control.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.control.ControlField;
import vn.motcua.control.ControlList;
import vn.motcua.identity.AgencyCode;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.ProblemException.FieldProblem;

/**
 * A record's input checked field by field and then by the list's rules; every problem is reported at once (400 with
 * {@code errors[{field, message}]}), so an officer fixes a form or a spreadsheet row in one go.
 *
 * <p>Rules besides the fields' own: an inspection conducted has its conducted date, a planned one its planned date;
 * a review's year is 1900–2199, an option submitted or further has its kind, an option cutting the time limit has
 * the current and the proposed limit with the proposed one shorter, an approved or implemented option has its
 * decision's number and date; a draft's dates do not go backwards (assessment ≤ appraisal ≤ issuance).
 */
record RecordInput(AgencyCode agency, Map<String, Object> values) {

    static RecordInput read(ControlList list, Map<String, ?> input) {
        List<FieldProblem> problems = new ArrayList<>();
        AgencyCode agency = null;
        Object agencyText = input.get("agencyCode");
        if (agencyText == null || agencyText.toString().isBlank()) {
            problems.add(new FieldProblem("agencyCode", "Mã cơ quan: bắt buộc"));
        } else {
            try {
                agency = AgencyCode.parse(agencyText.toString().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("agencyCode", "Mã cơ quan: \"" + agencyText + "\" không hợp lệ"));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ControlField field : list.fields()) {
            try {
                Object value = FieldValues.read(field, input.get(field.name()));
                if (value == null && field.required()) {
                    problems.add(new FieldProblem(field.name(), field.label() + ": bắt buộc"));
                }
                values.put(field.name(), value);
            } catch (FieldValues.Bad bad) {
                problems.add(new FieldProblem(field.name(), bad.getMessage()));
            }
        }
        if (problems.isEmpty()) {
            rules(list, values, problems);
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemException.Kind.INVALID, "Dữ liệu chưa hợp lệ: "
                    + String.join("; ", problems.stream().map(FieldProblem::message).toList()), problems);
        }
        return new RecordInput(agency, values);
    }

    private static void rules(ControlList list, Map<String, Object> v, List<FieldProblem> problems) {
        switch (list) {
            case INSPECTIONS -> {
                if ("CONDUCTED".equals(v.get("status")) && v.get("conductedDate") == null) {
                    problems.add(new FieldProblem("conductedDate", "Ngày đã kiểm tra: bắt buộc khi đã kiểm tra"));
                }
                if ("PLANNED".equals(v.get("status")) && v.get("plannedDate") == null) {
                    problems.add(new FieldProblem("plannedDate",
                            "Ngày kiểm tra theo kế hoạch: bắt buộc với cuộc kiểm tra theo kế hoạch"));
                }
                for (String count : List.of("violations", "rewards", "disciplined")) {
                    v.putIfAbsent(count, 0L);
                    if (v.get(count) == null) {
                        v.put(count, 0L);
                    }
                }
            }
            case REVIEWS -> {
                long year = (Long) v.get("year");
                if (year < 1900 || year > 2199) {
                    problems.add(new FieldProblem("year", "Năm kế hoạch: phải từ 1900 đến 2199"));
                }
                String status = (String) v.get("status");
                boolean decided = "APPROVED".equals(status) || "IMPLEMENTED".equals(status);
                if (!"PROPOSED".equals(status) && v.get("optionKind") == null) {
                    problems.add(new FieldProblem("optionKind",
                            "Phương án đơn giản hoá: bắt buộc khi phương án đã trình hoặc đã được thông qua"));
                }
                if ("CUT_TIME_LIMIT".equals(v.get("optionKind"))) {
                    Long from = (Long) v.get("timeLimitFrom");
                    Long to = (Long) v.get("timeLimitTo");
                    if (from == null || from == 0) {
                        problems.add(new FieldProblem("timeLimitFrom",
                                "Thời hạn hiện hành: bắt buộc (lớn hơn 0) khi phương án cắt giảm thời hạn"));
                    }
                    if (to == null) {
                        problems.add(new FieldProblem("timeLimitTo",
                                "Thời hạn đề xuất: bắt buộc khi phương án cắt giảm thời hạn"));
                    } else if (from != null && to >= from) {
                        problems.add(new FieldProblem("timeLimitTo", "Thời hạn đề xuất (" + to
                                + " ngày) phải ngắn hơn thời hạn hiện hành (" + from + " ngày)"));
                    }
                }
                if (decided && v.get("decisionNumber") == null) {
                    problems.add(new FieldProblem("decisionNumber",
                            "Số quyết định thông qua: bắt buộc khi phương án đã được thông qua"));
                }
                if (decided && v.get("decisionDate") == null) {
                    problems.add(new FieldProblem("decisionDate",
                            "Ngày quyết định: bắt buộc khi phương án đã được thông qua"));
                }
            }
            case LEGAL_DRAFTS -> {
                order(v, "impactAssessmentDate", "Ngày đánh giá tác động", "appraisalDate", "Ngày Sở Tư pháp thẩm định",
                        problems);
                order(v, "appraisalDate", "Ngày Sở Tư pháp thẩm định", "issuanceDate", "Ngày ban hành", problems);
                order(v, "impactAssessmentDate", "Ngày đánh giá tác động", "issuanceDate", "Ngày ban hành", problems);
            }
            default -> {
            }
        }
    }

    private static void order(Map<String, Object> v, String earlier, String earlierLabel, String later,
            String laterLabel, List<FieldProblem> problems) {
        LocalDate a = (LocalDate) v.get(earlier);
        LocalDate b = (LocalDate) v.get(later);
        if (a != null && b != null && b.isBefore(a) && problems.stream().noneMatch(p -> p.field().equals(later))) {
            problems.add(new FieldProblem(later, laterLabel + " không thể trước " + earlierLabel.toLowerCase(
                    java.util.Locale.ROOT)));
        }
    }
}
