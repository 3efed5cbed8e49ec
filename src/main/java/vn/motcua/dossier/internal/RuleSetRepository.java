package vn.motcua.dossier.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.internal.rules.RuleSet;

/**
 * The rule sets recorded in {@code dossier_rule_set}; new regimes arrive as new rows with their effective date, by
 * migration only. They are read once per instance: every action needs them, and a migration runs before an instance
 * starts, so every instance reads the same rows.
 */
@Repository
class RuleSetRepository {

    private final JdbcClient jdbc;
    private volatile List<RuleSet> all;

    RuleSetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RuleSet> all() {
        List<RuleSet> read = all;
        if (read == null) {
            read = List.copyOf(read());
            all = read;
        }
        return read;
    }

    private List<RuleSet> read() {
        return jdbc.sql("""
                SELECT id, name, effective_from, code_format, form_set, max_processing_supplements,
                       max_intake_completions, supplement_window_working_days, max_extensions,
                       extension_notice_working_days, extension_counts_late, transfer_cutoff, near_due_working_days,
                       basis
                FROM dossier_rule_set ORDER BY effective_from
                """).query((rs, n) -> new RuleSet(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), (Integer) rs.getObject(8),
                rs.getInt(9), rs.getInt(10), rs.getBoolean(11), rs.getObject(12, java.time.LocalTime.class),
                rs.getInt(13), rs.getString(14))).list();
    }

    /**
     * The regime in force on {@code day}: the latest whose effective date has come; for a day before every recorded
     * regime (historical dossiers), the earliest one.
     */
    RuleSet inForceOn(LocalDate day) {
        return RuleSets.inForceOn(all(), day);
    }

    RuleSet byId(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown rule set " + id));
    }

    /** Pure selection, kept apart for tests. */
    static final class RuleSets {
        private RuleSets() {}

        static RuleSet inForceOn(List<RuleSet> sets, LocalDate day) {
            RuleSet chosen = null;
            for (RuleSet set : sets) {
                if (!set.effectiveFrom().isAfter(day)
                        && (chosen == null || set.effectiveFrom().isAfter(chosen.effectiveFrom()))) {
                    chosen = set;
                }
            }
            if (chosen == null) {
                return sets.stream().min(java.util.Comparator.comparing(RuleSet::effectiveFrom))
                        .orElseThrow(() -> new IllegalStateException("No dossier rule set recorded"));
            }
            return chosen;
        }
    }
}
