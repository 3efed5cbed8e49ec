package vn.motcua.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;
import vn.motcua.reporting.CatalogReport;
import vn.motcua.reporting.Narrative;
import vn.motcua.reporting.ResolutionReport;
import vn.motcua.reporting.internal.Letterhead;
import vn.motcua.reporting.internal.ReportDocuments;

/**
 * The report files the API serves: the renderings of {@link ReportDocuments} under the letterhead of the report's
 * agency (its governing body from the agency tree), dated today in Vietnam.
 */
@Component
class ReportFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Agencies agencies;
    private final Clock clock;

    ReportFiles(Agencies agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    byte[] resolutionWorkbook(ResolutionReport report) {
        return ReportDocuments.resolutionWorkbook(report, letterhead(report.agencyCode()));
    }

    byte[] catalogWorkbook(CatalogReport report) {
        return ReportDocuments.catalogWorkbook(report, letterhead(report.agencyCode()));
    }

    byte[] periodicReport(ResolutionReport report, CatalogReport catalog, Narrative narrative) {
        return ReportDocuments.periodicReport(report, catalog, narrative, letterhead(report.agencyCode()));
    }

    private Letterhead letterhead(String agencyCode) {
        Agency agency = agencies.find(AgencyCode.parse(agencyCode)).orElseThrow();
        String parent = agency.parentCode() == null ? null
                : agencies.find(agency.parentCode()).map(Agency::name).orElse(null);
        return Letterhead.of(agency.name(), parent, LocalDate.now(clock.withZone(VIETNAM)));
    }
}
