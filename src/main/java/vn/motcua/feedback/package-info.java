/**
 * Feedback on administrative regulations (phản ánh, kiến nghị — PAKN; Decree 20/2008/NĐ-CP as amended): intake on
 * every channel into the agency's register, classification, forwarding, supplement requests, assignment, the
 * answer, its publication and the submitter's rating, each a history event, against working-day limits of a
 * versioned rule set. {@link vn.motcua.feedback.Feedbacks} is the service; {@link vn.motcua.feedback.FeedbackFigures}
 * counts a period for the reports and the 766 index.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "calendar"})
package vn.motcua.feedback;
