package vn.motcua.shared.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Reading columns that every module's SQL reads alike. */
public final class Columns {

    private Columns() {
    }

    /** A {@code timestamptz} column as an instant; null when the column is NULL. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
