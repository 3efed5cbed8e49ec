package vn.motcua.reporting.web;

import org.springframework.stereotype.Component;
import vn.motcua.reporting.CatalogReport;
import vn.motcua.reporting.ResolutionReport;
import vn.motcua.shared.ProblemException;

/** Transient: the XLSX and DOCX renderings arrive with the exports. */
@Component
class ReportFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    byte[] resolutionWorkbook(ResolutionReport report) {
        throw new ProblemException(ProblemException.Kind.UNPROCESSABLE, "Chưa hỗ trợ xuất tệp.");
    }

    byte[] periodicReport(ResolutionReport report, CatalogReport catalog, Object narrative) {
        throw new ProblemException(ProblemException.Kind.UNPROCESSABLE, "Chưa hỗ trợ xuất tệp.");
    }
}
