/**
 * The periodic TTHC control report (báo cáo định kỳ): quarterly, six-monthly and annual reports and the yearly
 * self-inspection report, every section of the departments' reports written from the records — directive documents
 * and the control plan's progress, impact assessment, appraisal, publication, review, resolution of dossiers (form
 * II.06a), feedback, the one-stop mechanism, online services, communications, inspections, next period's tasks from
 * the plan — with the officer's narrative around the figures, which cannot be typed over. A report is kept as a draft
 * (figures computed when read) and issued with a number and date, which freezes its content and its DOCX.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Periodic reports",
        allowedDependencies = {"shared", "identity", "platform", "reporting", "control", "controlplan"})
package vn.motcua.periodic;
