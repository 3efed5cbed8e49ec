package vn.motcua.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DataSizeUnit;
import org.springframework.util.unit.DataSize;
import org.springframework.util.unit.DataUnit;

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
     * @param sharedBuffers PostgreSQL's own cache of table and index pages ({@code shared_buffers}; a bare number is
     *                      megabytes); unset, a quarter of the machine's memory, between 128 MB and 8 GB
     * @param autoprewarm keep the list of cached pages in the cluster and read them in again, in the background, after
     *                    a restart ({@code pg_prewarm}'s autoprewarm)
     */
    public record EmbeddedDb(@DefaultValue("0") int port, @DefaultValue("true") boolean durable,
            @DataSizeUnit(DataUnit.MEGABYTES) DataSize sharedBuffers, @DefaultValue("true") boolean autoprewarm) {

        public EmbeddedDb {
            if (sharedBuffers != null && sharedBuffers.toMegabytes() < 1) {
                throw new IllegalArgumentException("motcua.embedded-db.shared-buffers phải từ 1 MB trở lên (đã đặt "
                        + sharedBuffers.toBytes() + " byte)");
            }
        }

        /** Default cache, durable or not as given, the saved page list kept and used. */
        public static EmbeddedDb of(int port, boolean durable) {
            return new EmbeddedDb(port, durable, null, true);
        }
    }
}
