package vn.motcua.reporting.internal;

import vn.motcua.reporting.CatalogReport;
import vn.motcua.reporting.ReportDocument;
import vn.motcua.reporting.ResolutionReport;

/**
 * The reports as Office files (Apache POI): pure renderings of computed reports, no I/O beyond the bytes returned.
 * The files hold only XML-safe text, Times New Roman and built-in formatting, and set their title and creator, so
 * Word and Excel open them without repair.
 */
public final class ReportDocuments {

    private ReportDocuments() {
    }

    /** Form II.06a with its e-service figures and checks, as XLSX; totals are formulas of their parts. */
    public static byte[] resolutionWorkbook(ResolutionReport report, Letterhead letterhead) {
        return ResolutionWorkbook.render(report, letterhead);
    }

    /** The catalog figures (form II.07b style) and the publication decisions of the period, as XLSX. */
    public static byte[] catalogWorkbook(CatalogReport report, Letterhead letterhead) {
        return CatalogWorkbook.render(report, letterhead);
    }

    /** A report composed part by part, as DOCX in the Decree 30/2020 format, form II.06a annexed when it has one. */
    public static byte[] report(ReportDocument report, Letterhead letterhead) {
        return PeriodicReportDocument.render(report, letterhead);
    }
}
