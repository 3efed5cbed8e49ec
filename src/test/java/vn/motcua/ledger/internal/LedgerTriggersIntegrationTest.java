package vn.motcua.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.support.IntegrationTest;

/**
 * The ledger's trigger functions run static statements written from dossier_ledger_update() (V9_12): the installed
 * ones are what the writer gives now, so a migration that changes the counters and forgets to write the triggers
 * again fails here. (That the triggers count right is LedgerDayCountersIntegrationTest.)
 */
@IntegrationTest
class LedgerTriggersIntegrationTest {

    private static final String SOURCES = """
            SELECT proname || ': ' || prosrc FROM pg_proc
            WHERE proname IN ('dossier_ledger_dossier_changed', 'dossier_ledger_fee_changed',
                              'dossier_ledger_rating_changed')
            ORDER BY proname
            """;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theInstalledTriggerFunctionsAreWhatTheLedgerDefinitionWritesAndRunNoDynamicSql() {
        List<String> installed = jdbc.sql(SOURCES).query(String.class).list();
        List<String> written = transactions.execute(status -> {
            jdbc.sql("SELECT dossier_ledger_write_triggers()").query().singleRow();
            status.setRollbackOnly();
            return jdbc.sql(SOURCES).query(String.class).list();
        });
        assertThat(installed).hasSize(3).isEqualTo(written);
        assertThat(installed).noneMatch(source -> source.contains("EXECUTE"));
    }
}
