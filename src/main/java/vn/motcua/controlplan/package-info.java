/**
 * The yearly TTHC control plan (kế hoạch kiểm soát TTHC) of an agency: its texts, the appendix of numbered sections
 * of tasks with their lead and coordinating units, expected results and time frames (kept as printed and understood
 * as a rule: a date, a month, a quarter, the year, monthly / quarterly / annual, regular or when it arises), the
 * progress recorded against each task (each occurrence of a recurring one, due on a working day), the plan as a
 * Decree 30/2020 DOCX with its landscape appendix and the progress report as XLSX. Who may read and write an agency's
 * plan is the control module's rule ({@code ControlActivities}); evidence may name a directive document of its lists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Control plans",
        allowedDependencies = {"shared", "identity", "platform", "calendar", "control", "documents"})
package vn.motcua.controlplan;
