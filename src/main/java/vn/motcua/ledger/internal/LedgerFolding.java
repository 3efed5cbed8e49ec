package vn.motcua.ledger.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves the ledger's counter deltas, which every change appends, into its day rows (migration V5_4), so that the rows
 * a report sums stay few. Figures are exact whether or not a fold has run; with several instances one folds and the
 * others skip the round.
 */
@Component
class LedgerFolding {

    private final JdbcClient jdbc;

    LedgerFolding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One fold; returns how many day rows it changed (0 when another session was folding). */
    @Scheduled(fixedDelayString = "${motcua.dossier.ledger-fold-interval:PT2S}")
    long fold() {
        return jdbc.sql("SELECT dossier_ledger_fold()").query(Long.class).single();
    }
}
