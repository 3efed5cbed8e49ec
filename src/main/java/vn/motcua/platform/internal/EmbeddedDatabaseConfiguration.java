package vn.motcua.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.platform.PlatformProperties;

/**
 * Starts the embedded PostgreSQL when no external database is configured ({@code spring.datasource.url} unset).
 * The pool is closed before the server stops because the data source depends on it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(PlatformProperties properties) {
        return EmbeddedDatabase.start(properties.dataDir().resolve("pgdata"), properties.embeddedDb());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("motcua-embedded");
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        // a request waits at most this long for a connection; while the database is down none waits at all
        dataSource.setConnectionTimeout(5_000);
        return dataSource;
    }
}
