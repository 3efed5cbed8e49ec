package vn.motcua.web.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's connections, for the rate limiter's transactions only: each transaction it begins
 * ({@code setAutoCommit(false)}) is committed without waiting for its WAL record to reach the disk
 * ({@code SET LOCAL synchronous_commit TO off}, which ends with the transaction, so the pooled connection goes back
 * as it came). A bucket's count is worth no disk flush on every public lookup: after a crash of the database server
 * a client may find the last fraction of a second of its requests forgotten, never a count that is wrong otherwise,
 * and the buckets stay in PostgreSQL, shared by every instance.
 */
final class AsyncCommitDataSource extends DelegatingDataSource {

    AsyncCommitDataSource(DataSource connections) {
        super(connections);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = super.getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(connection, args);
                        if (method.getName().equals("setAutoCommit") && Boolean.FALSE.equals(args[0])) {
                            try (Statement sql = connection.createStatement()) {
                                sql.execute("SET LOCAL synchronous_commit TO off");
                            }
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
