package vn.motcua.reporting.web;

import org.springframework.stereotype.Component;
import vn.motcua.reporting.CatalogReport;
import vn.motcua.reporting.ResolutionReport;
import vn.motcua.reporting.internal.Letterheads;
import vn.motcua.reporting.internal.ReportDocuments;

/** The report files the API serves: the renderings of {@link ReportDocuments} under the letterhead of the report's agency. */
@Component
class ReportFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Letterheads letterheads;

    ReportFiles(Letterheads letterheads) {
        this.letterheads = letterheads;
    }

    byte[] resolutionWorkbook(ResolutionReport report) {
        return ReportDocuments.resolutionWorkbook(report, letterheads.of(report.agencyCode()));
    }

    byte[] catalogWorkbook(CatalogReport report) {
        return ReportDocuments.catalogWorkbook(report, letterheads.of(report.agencyCode()));
    }
}
