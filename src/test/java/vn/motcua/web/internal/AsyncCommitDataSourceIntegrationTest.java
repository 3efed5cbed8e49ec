package vn.motcua.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.support.IntegrationTest;

/**
 * The rate limiter's transactions commit without waiting for the disk, and only they: the setting ends with the
 * transaction, so the pooled connection serves the next user with durable commits (the real pool and database).
 */
@IntegrationTest
class AsyncCommitDataSourceIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aTransactionBegunThroughItDoesNotWaitForTheDiskAndTheConnectionGoesBackDurable() throws SQLException {
        DataSource buckets = new AsyncCommitDataSource(dataSource);
        try (Connection connection = buckets.getConnection()) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("SET synchronous_commit TO on"); // as in production (the tests' server does not flush)
            }
            connection.setAutoCommit(false);
            assertThat(synchronousCommit(connection)).isEqualTo("off");
            connection.commit();
            assertThat(synchronousCommit(connection)).as("the next transaction, not begun through it").isEqualTo("on");
            connection.setAutoCommit(true);
            try (Statement sql = connection.createStatement()) {
                sql.execute("RESET synchronous_commit");
            }
        }
    }

    private static String synchronousCommit(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("SHOW synchronous_commit")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
