package vn.motcua.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class PlatformPropertiesTest {

    @Test
    void aBareNumberForTheEmbeddedServersCacheIsMegabytes() {
        assertThat(bind(Map.of("motcua.embedded-db.shared-buffers", "512")).embeddedDb().sharedBuffers())
                .isEqualTo(DataSize.ofMegabytes(512));
        assertThat(bind(Map.of("motcua.embedded-db.shared-buffers", "2GB")).embeddedDb().sharedBuffers())
                .isEqualTo(DataSize.ofGigabytes(2));
    }

    @Test
    void unsetTheCacheIsLeftToTheMachinesSizeAndAutoprewarmIsOn() {
        PlatformProperties.EmbeddedDb db = bind(Map.of("motcua.data-dir", "./data")).embeddedDb();
        assertThat(db.sharedBuffers()).isNull();
        assertThat(db.autoprewarm()).isTrue();
        assertThat(db.durable()).isTrue();
    }

    @Test
    void aCacheUnderOneMegabyteIsRefusedAtStartWithItsName() {
        assertThatThrownBy(() -> bind(Map.of("motcua.embedded-db.shared-buffers", "512B")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessageContaining("motcua.embedded-db.shared-buffers");
    }

    private static PlatformProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("motcua", PlatformProperties.class);
    }
}
