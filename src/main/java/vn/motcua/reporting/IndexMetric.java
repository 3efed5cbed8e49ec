package vn.motcua.reporting;

import java.math.BigDecimal;

/**
 * The Decision 766 metrics this system scores, with the group, points and rule of the portal's current catalogue
 * (measurement-and-calendar.md §1.3 for definitions and points, §1.4 for the rules reconstructed from live scores).
 * The constant names are our contract codes; most equal the portal's API metric codes (see each constant).
 *
 * <p>Not every indicator of a group is here: online payment (TTTT, 10 points) has only 3.6 (6 points) — 3.5a and 3.5b
 * (2 points each) are missing; digitisation (MDSH, 22 points) has 4.1, 4.2, 4.3 and 4.5b (14 points) — the electronic
 * certified copy, personal data store and 4.5a population-data metrics (8 points) are missing; online services (CLGQ) has
 * 3.1 and 3.3 but not 3.2. A group therefore cannot reach its maximum from these metrics alone.
 *
 * <p>Every rule is a default; {@link IndexScoring#withRule(IndexMetric, ScoringRule)} replaces one.
 */
public enum IndexMetric {

    /**
     * 1.1 — TTHC whose announcement decision is dated at least N working days (5 for provinces, 20 for ministries)
     * before the latest effective date of its legal basis ÷ distinct TTHC in announcement decisions dated in the period.
     * 6 points, linear (portal code PUBLISH_ON_TIME).
     */
    PUBLISH_ON_TIME(IndexGroup.CKMB, "1.1", "TTHC được công bố đúng hạn", linear(6, WhenNoData.ZERO), true),

    /**
     * 1.2 — TTHC published in the national database within N working days of the decision (5 provinces, 10 ministries)
     * ÷ TTHC published in the period plus TTHC still to be published. 4 points, linear (PUBLIC_UPDATE_ON_TIME).
     */
    PUBLIC_UPDATE_ON_TIME(IndexGroup.CKMB, "1.2", "TTHC được cập nhật, công khai đúng hạn", linear(4, WhenNoData.ZERO), true),

    /**
     * 1.3 — TTHC published with every mandatory component (Decree 63/2010 Art. 8(2)) ÷ TTHC currently published.
     * 2 points, linear (PUBLIC_CONTENT_FULL).
     */
    PUBLIC_CONTENT_FULL(IndexGroup.CKMB, "1.3", "TTHC được công khai đầy đủ nội dung", linear(2, WhenNoData.ZERO), true),

    /**
     * 1.4 — dossiers synchronised to the National Public Service Portal ÷ max(dossiers per the national reporting
     * system, per the portal); when both are 0 the caller uses last year's total ÷ 12 (month), ÷ 4 (quarter) or × 1
     * (year), and with no data at all the rate is 0. 6 points, linear (DOSSIER_SYNC). Part of the transparency group.
     */
    DOSSIER_SYNC(IndexGroup.CKMB, "1.4", "Hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia", linear(6, WhenNoData.ZERO), true),

    /**
     * 2.1 — dossiers finished or in progress with end of processing ≤ appointment date ÷ dossiers received or processed
     * in the period: {@code 20 × totalOnTime ÷ totalReceived}. The portal has no metric code (group parameters
     * {@code totalOnTime}, {@code totalReceived}).
     */
    ON_TIME_PROCESSING(IndexGroup.TDGQ, "2.1", "Hồ sơ được xử lý trước hạn, đúng hạn", linear(20, WhenNoData.ZERO), true),

    /**
     * 3.1 — TTHC offered as a full or partial online public service ÷ TTHC under the unit's authority; full points from
     * 80 %. No portal metric code.
     *
     * <p><b>Points UNCONFIRMED</b> (§7 U3): how the 12 points of the online-services group are split among 3.1, 3.2, 3.3
     * and the full-online row was not established, and the portal's own score is authoritative. Default: 6 — half of
     * the group, so that the two metrics scored here can together reach the group's 12; provisional, see
     * {@link #pointsConfirmed()}.
     */
    ONLINE_SERVICE_PROVISION(IndexGroup.CLGQ, "3.1", "TTHC được cung cấp dịch vụ công trực tuyến",
            threshold(6, "0.80", WhenNoData.ZERO), false),

    /**
     * 3.3 — dossiers received online in the period (channel 2 and, for TTHC with a paper result, with an electronic
     * result) ÷ all dossiers received in the period, multiplied by the synchronisation rate of 1.4; full points from
     * 50 % (see {@link IndexScoring#onlineDossierRate}). No portal metric code.
     *
     * <p><b>Points UNCONFIRMED</b> (§7 U3), as for {@link #ONLINE_SERVICE_PROVISION}: default 6, provisional.
     */
    ONLINE_DOSSIER_RATE(IndexGroup.CLGQ, "3.3", "Hồ sơ được nộp trực tuyến", threshold(6, "0.50", WhenNoData.ZERO), false),

    /**
     * 3.6 — dossiers paid online (through the national portal or the provincial payment gateway) ÷ dossiers of
     * fee-bearing TTHC minus dossiers whose every fee line is 0; a zero denominator gives a zero rate. 6 points, linear
     * (the {@code 6·A} term of the payment group). No portal metric code.
     */
    ONLINE_PAYMENT_DOSSIER(IndexGroup.TTTT, "3.6", "Hồ sơ được thanh toán trực tuyến", linear(6, WhenNoData.ZERO), true),

    /**
     * 4.1 — synchronised results carrying a result file, for TTHC that return a paper result ÷ dossiers of those TTHC.
     * 6 points, {@code min(P, P × R)} (ORIGINAL_RESULT_AVAILABLE).
     */
    ORIGINAL_RESULT_AVAILABLE(IndexGroup.MDSH, "4.1", "Hồ sơ được cấp kết quả giải quyết điện tử",
            linear(6, WhenNoData.ZERO), true),

    /**
     * 4.2 — dossiers with digitised component files and, where a paper result is required, an electronic result ÷
     * dossiers under the unit's authority. 4 points (SO_HOA_GIAY_TO_GIAI_QUYET).
     *
     * <p><b>Rule in conflict</b> (§7 U6): the formula description says full points from 80 %, the live scores fit a
     * linear rule; the document says to follow the portal, so the default is linear. A threshold of 0.80 is the
     * alternative, set through {@link IndexScoring#withRule}.
     */
    SO_HOA_GIAY_TO_GIAI_QUYET(IndexGroup.MDSH, "4.2", "Hồ sơ được số hóa thành phần hồ sơ, kết quả giải quyết",
            linear(4, WhenNoData.ZERO), true),

    /**
     * 4.3 — dossiers received in the period with at least one component flagged as reused digitised data ÷ dossiers
     * received in the period (no reception date → excluded). 2 points, full from 80 % (REUSED_DIGITIZED_DATA).
     */
    REUSED_DIGITIZED_DATA(IndexGroup.MDSH, "4.3", "Hồ sơ được khai thác, sử dụng lại dữ liệu số hóa",
            threshold(2, "0.80", WhenNoData.ZERO), true),

    /**
     * 4.5b — dossiers received in the period whose applicant signed in with an account authenticated by VNeID ÷
     * dossiers received in the period. The national portal's sign-in counts: since 20/7/2026 it accepts only VNeID
     * accounts. Components taken from the population database (MaCSDL) would count too; this system has no connection
     * to it. 2 points, linear (CITIZEN_DATA_CONNECTED_DOSSIER).
     */
    CITIZEN_DATA_CONNECTED_DOSSIER(IndexGroup.MDSH, "4.5b", "Hồ sơ sử dụng dữ liệu dân cư (tài khoản định danh điện tử)",
            linear(2, WhenNoData.ZERO), true),

    /**
     * 5.2 — feedback (PAKN) handled on time plus in progress within time ÷ feedback received or handled in the period.
     * 6 points, linear; no feedback → full 6 points as the portal scores it (§7 U7 — the METRICS text would instead
     * share the points between 5.2 and 5.4; the document says follow the portal) (PETITION_PROCESSING_ON_TIME).
     */
    PETITION_PROCESSING_ON_TIME(IndexGroup.MDHL, "5.2", "Phản ánh, kiến nghị được xử lý đúng hạn",
            linear(6, WhenNoData.FULL_MARKS), true),

    /**
     * 5.3 — feedback minus feedback rated unsatisfactory (more dislikes than likes), overdue or raised again ÷ feedback
     * first received in the period. 6 points, linear; no feedback → full 6 points (§7 U7)
     * (PETITION_HANDLING_SATISFACTION).
     */
    PETITION_HANDLING_SATISFACTION(IndexGroup.MDHL, "5.3", "Mức độ hài lòng trong xử lý phản ánh, kiến nghị",
            linear(6, WhenNoData.FULL_MARKS), true),

    /**
     * 5.4 — 100 % − (overdue-dossier rate + rate of dossiers with feedback or a dislike); full points from 90 %; no
     * dossiers → 0 (see {@link IndexScoring#dossierReceivingSatisfaction}) (DOSSIER_RECEIVING_SATISFACTION).
     */
    DOSSIER_RECEIVING_SATISFACTION(IndexGroup.MDHL, "5.4", "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC",
            threshold(6, "0.90", WhenNoData.ZERO), true);

    private final IndexGroup group;
    private final String indicator;
    private final String label;
    private final ScoringRule rule;
    private final boolean pointsConfirmed;

    IndexMetric(IndexGroup group, String indicator, String label, ScoringRule rule, boolean pointsConfirmed) {
        this.group = group;
        this.indicator = indicator;
        this.label = label;
        this.rule = rule;
        this.pointsConfirmed = pointsConfirmed;
    }

    /** The contract code, e.g. "PUBLISH_ON_TIME". */
    public String code() {
        return name();
    }

    /** The metric with that contract code, or a 400 naming {@code field}. */
    public static IndexMetric byCode(String code, String field) {
        for (IndexMetric metric : values()) {
            if (metric.code().equals(code == null ? null : code.strip())) {
                return metric;
            }
        }
        throw vn.motcua.shared.ProblemException.invalidField(field, "Không có chỉ tiêu \"" + code + "\"");
    }

    public IndexGroup group() {
        return group;
    }

    /** Number of the indicator in the portal's formula description, e.g. "1.4", "4.2". */
    public String indicator() {
        return indicator;
    }

    /** Vietnamese name, e.g. "TTHC được công bố đúng hạn". */
    public String label() {
        return label;
    }

    /** The default rule. */
    public ScoringRule rule() {
        return rule;
    }

    /** Points of the default rule (2 decimals). */
    public BigDecimal maxScore() {
        return rule.maxScore();
    }

    /** False when the points are a provisional choice, not read in a source (3.1 and 3.3; §7 U3). */
    public boolean pointsConfirmed() {
        return pointsConfirmed;
    }

    private static ScoringRule linear(int points, WhenNoData whenNoData) {
        return ScoringRule.linear(BigDecimal.valueOf(points), whenNoData);
    }

    private static ScoringRule threshold(int points, String threshold, WhenNoData whenNoData) {
        return ScoringRule.threshold(BigDecimal.valueOf(points), new BigDecimal(threshold), whenNoData);
    }
}
