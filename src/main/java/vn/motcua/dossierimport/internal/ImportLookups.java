package vn.motcua.dossierimport.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.dossier.HistoricalDossierRefused;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Role;
import vn.motcua.identity.UserAccount;
import vn.motcua.shared.ProblemException;

/**
 * What one import run looks up, looked up once per run: agencies, each procedure's versions and the importing user's
 * rights. A million lines of a few agencies and a few dozen procedures then cost a few dozen catalog reads.
 */
final class ImportLookups {

    /**
     * The version a historical dossier is handled under.
     *
     * @param earliest no version was in force on the receipt date, so the earliest one was taken
     */
    record Match(ProcedureVersion version, boolean earliest) {}

    /** A procedure's published versions (drafts left out), or why the line's procedure cannot be used. */
    private record Versions(List<ProcedureVersion> published, String refusal) {}

    private final Agencies agencies;
    private final Catalog catalog;
    private final UserAccount user;
    private final Map<String, Boolean> agencyExists = new HashMap<>();
    private final Map<String, Versions> versions = new HashMap<>();

    /** @param user the importing user; null for the system itself */
    ImportLookups(Agencies agencies, Catalog catalog, UserAccount user) {
        this.agencies = agencies;
        this.catalog = catalog;
        this.user = user;
    }

    /** Refuses a line of an unknown agency, or of an agency the importing control officer is not granted. */
    void requireMayImport(String agency) {
        AgencyCode code;
        try {
            code = AgencyCode.parse(agency);
        } catch (IllegalArgumentException e) {
            throw new HistoricalDossierRefused(e.getMessage());
        }
        if (!agencyExists.computeIfAbsent(agency, a -> agencies.find(code).isPresent())) {
            throw new HistoricalDossierRefused("Không có cơ quan mã " + agency + " trong hệ thống.");
        }
        if (user != null && !user.hasRole(Role.ADMINISTRATOR) && !user.hasRole(Role.CONTROL_OFFICER, code)) {
            throw new HistoricalDossierRefused("Bạn không phải cán bộ kiểm soát thủ tục hành chính của cơ quan " + agency
                    + "; chỉ được nhập hồ sơ của cơ quan mình được giao.");
        }
    }

    /**
     * The version in force on the receipt date — the highest version whose effective date had come, as the catalog
     * itself chooses — or, for a dossier older than every version, the earliest version. A version that abolished
     * the procedure gives way to the version before it, whose content the dossier was handled under.
     */
    Match procedure(String agency, String code, LocalDate receivedOn) {
        Versions known = versions.computeIfAbsent(agency + ' ' + code, key -> load(agency, code));
        if (known.refusal() != null) {
            throw new HistoricalDossierRefused(known.refusal());
        }
        List<ProcedureVersion> published = known.published();
        ProcedureVersion chosen = published.stream().filter(v -> !v.effectiveOn().isAfter(receivedOn))
                .max(Comparator.comparingInt(ProcedureVersion::version)).orElse(null);
        boolean earliest = chosen == null;
        if (earliest) {
            chosen = published.stream().min(Comparator.comparing(ProcedureVersion::effectiveOn)
                    .thenComparingInt(ProcedureVersion::version)).orElseThrow();
        }
        if (chosen.status() == ProcedureStatus.ABOLISHED) {
            int abolishing = chosen.version();
            chosen = published.stream().filter(v -> v.version() < abolishing && v.status() != ProcedureStatus.ABOLISHED)
                    .max(Comparator.comparingInt(ProcedureVersion::version)).orElse(chosen);
        }
        return new Match(chosen, earliest);
    }

    private Versions load(String agency, String code) {
        List<ProcedureVersion> all;
        try {
            all = catalog.versions(agency, code);
        } catch (ProblemException e) {
            if (e.kind() != ProblemException.Kind.NOT_FOUND && e.kind() != ProblemException.Kind.INVALID) {
                throw e;
            }
            return new Versions(List.of(), "Cơ quan " + agency + " không có thủ tục mã " + code
                    + " (kể cả thủ tục đã bãi bỏ).");
        }
        List<ProcedureVersion> published = all.stream().filter(v -> v.effectiveOn() != null).toList();
        if (published.isEmpty()) {
            return new Versions(List.of(), "Thủ tục " + code + " của cơ quan " + agency
                    + " chưa có phiên bản nào được công bố.");
        }
        return new Versions(published, null);
    }
}
