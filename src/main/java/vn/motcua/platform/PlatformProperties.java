package vn.motcua.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where motcua keeps its data and how it runs its embedded database.
 *
 * @param dataDir directory of the embedded database ({@code pgdata/}) and of stored files ({@code files/})
 * @param embeddedDb settings of the embedded PostgreSQL, used when {@code spring.datasource.url} is not set
 */
@ConfigurationProperties("motcua")
public record PlatformProperties(@DefaultValue("./data") Path dataDir, @DefaultValue EmbeddedDb embeddedDb) {

    /**
     * @param port TCP port on the loopback interface; 0 picks a free one at each start
     * @param durable keep {@code fsync} and {@code synchronous_commit} on; only tests may turn this off
     */
    public record EmbeddedDb(@DefaultValue("0") int port, @DefaultValue("true") boolean durable) {}
}
