/**
 * Reporting (báo cáo, chỉ số 766): reporting periods with the statistical cut-off, the Decision 766 service-quality
 * index (groups, metrics, scoring, rating bands) and the early / on-time / late classification of dossiers.
 * Pure rules for now; the reports built from the dossier ledger come with the dossier module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = {"shared", "identity", "calendar", "catalog", "dossier", "ledger", "feedback", "documents", "integration"})
package vn.motcua.reporting;
