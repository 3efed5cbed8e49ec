package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.dossier.HistoricalDossiers;
import vn.motcua.dossier.internal.rules.RuleSet;
import vn.motcua.dossier.internal.rules.WorkflowPath;

/** Historical dossiers through {@link ImportReplay} into rows that {@link ImportWriter} copies. */
@Service
class HistoricalDossierService implements HistoricalDossiers {

    private final ImportWriter writer;
    private final RuleSetRepository ruleSets;
    private final Catalog catalog;
    private final Deadlines deadlines;
    private final ImportReplay replay;

    HistoricalDossierService(ImportWriter writer, RuleSetRepository ruleSets, Catalog catalog, Deadlines deadlines) {
        this.writer = writer;
        this.ruleSets = ruleSets;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.replay = new ImportReplay(deadlines);
    }

    /**
     * The rule set in force on the receipt date (or the earliest), and the length of each version's internal
     * procedure, looked up once per run: a million lines of a few dozen procedures cost a few dozen catalog reads.
     */
    @Override
    public Replayer replayer() {
        List<RuleSet> rules = ruleSets.all();
        Map<String, Integer> pathSizes = new HashMap<>();
        return (dossier, version, earliest, actor, now, origin) -> {
            String agency = dossier.agencyCode();
            LocalDate receivedOn = LocalDate.ofInstant(dossier.receivedAt(), deadlines.zone(agency));
            int pathSize = pathSizes.computeIfAbsent(agency + ' ' + version.code() + ' ' + version.version(),
                    key -> pathSize(agency, version));
            return replay.replay(dossier, new ImportReplay.Match(version, earliest, pathSize),
                    RuleSetRepository.RuleSets.inForceOn(rules, receivedOn), actor, now,
                    dossier.lookupSecret() == null ? DossierService.newSecret() : null, origin);
        };
    }

    private int pathSize(String agency, ProcedureVersion version) {
        return WorkflowPath.of(catalog.internalProcedure(agency, version.code(), version.version()).orElse(null), null)
                .size();
    }

    @Override
    public Set<String> existing(Collection<String> codes) {
        return writer.existing(codes);
    }

    @Override
    public Rows rows(List<Replayed> dossiers, Instant now) {
        List<ImportReplay.Replayed> replayed = dossiers.stream().map(ImportReplay.Replayed.class::cast).toList();
        List<DossierState> withoutId = replayed.stream().map(ImportReplay.Replayed::dossier).filter(d -> d.id == 0)
                .toList();
        if (!withoutId.isEmpty()) {
            List<Long> ids = writer.newIds(withoutId.size());
            for (int i = 0; i < withoutId.size(); i++) {
                withoutId.get(i).id = ids.get(i);
            }
        }
        return writer.rows(replayed, now);
    }

    @Override
    public void write(Rows rows) {
        writer.write((ImportWriter.Rows) rows);
    }
}
