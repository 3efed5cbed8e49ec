package vn.motcua.dossierimport.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.SearchQuery;
import vn.motcua.dossierimport.DossierImports;
import vn.motcua.dossierimport.HistoryFile;
import vn.motcua.identity.DemoAgency;

/**
 * A year and a half of the demo agency's dossiers up to yesterday, written through the real import (replayed into
 * state and history, counted by the ledger like any dossier): every channel, returned, resolved and waiting,
 * stopped and withdrawn, supplements, extensions, some late, fees paid online and at the desk, the applicants'
 * ratings of about half of the returned dossiers (in their histories, counted by the satisfaction metric), and open
 * work of the last six weeks in the processing units. A fixed seed; written once (a finished run named {@link #FILE} means the
 * demo has it), so a restart adds nothing. {@code motcua.demo.dossier-history} is how many (0: none).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "motcua.demo", havingValue = "true")
class DemoHistory implements ApplicationRunner {

    static final String FILE = "demo-history.ndjson";
    private static final long SEED = 20_251_206L;
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final DossierImports imports;
    private final Catalog catalog;
    private final Clock clock;
    private final int dossiers;

    DemoHistory(DossierImports imports, Catalog catalog, Clock clock,
            @Value("${motcua.demo.dossier-history:1500}") int dossiers) {
        this.imports = imports;
        this.catalog = catalog;
        this.clock = clock;
        this.dossiers = dossiers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (dossiers <= 0 || imports.runs(100, DossierImports.SYSTEM).stream()
                .anyMatch(r -> FILE.equals(r.fileName()) && r.status() == DossierImports.Status.FINISHED)) {
            return;
        }
        String agency = DemoAgency.CODE.value();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        StringBuilder lines = new StringBuilder(dossiers * 700);
        try {
            new HistoryFile(agency, codes(agency, ProcedureStatus.ACTIVE), codes(agency, ProcedureStatus.ABOLISHED),
                    List.of(new HistoryFile.Unit("QLCN", "chuyenvien", "truongphong"), new HistoryFile.Unit("QLKH"),
                            new HistoryFile.Unit("BCVTCDS")), SEED).withRatings()
                    .write(lines, dossiers, today.minusMonths(18), today);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DossierImports.Run run = imports.start(FILE, 1, DossierImports.SYSTEM);
        DossierImports.Summary summary = imports.importLines(run.id(), new BufferedReader(
                new StringReader(lines.toString())), DossierImports.SYSTEM, progress -> { });
        log.info("Demo dossier history for {}: {} imported, {} unchanged, {} refused in {} ms", agency,
                summary.accepted(), summary.unchanged(), summary.refusedCount(), summary.elapsedMillis());
    }

    private List<String> codes(String agency, ProcedureStatus status) {
        return catalog.search(new SearchQuery(agency, null, null, null, status, null, false, 0, SearchQuery.MAX_SIZE))
                .items().stream().map(ProcedureSummary::code).toList();
    }
}
