package vn.motcua.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.platform.FileStorage;
import vn.motcua.platform.PlatformProperties;

class FilesystemFileStorageTest {

    @TempDir
    Path dataDir;

    private FileStorage storage() {
        return new FilesystemFileStorage(new PlatformProperties(dataDir, PlatformProperties.EmbeddedDb.of(0, true)));
    }

    @Test
    void storedBytesReadBackUnderTheirHash() throws IOException {
        byte[] bytes = "Mẫu đơn đề nghị".getBytes(StandardCharsets.UTF_8);
        FileStorage.StoredFile stored = storage().store(new ByteArrayInputStream(bytes));
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.key()).hasSize(64);
        try (InputStream in = storage().open(stored.key()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void theSameBytesStoredTwiceTakeOneFileAndLeaveNoTemporaryFiles() throws IOException {
        byte[] bytes = {1, 2, 3};
        String first = storage().store(new ByteArrayInputStream(bytes)).key();
        String second = storage().store(new ByteArrayInputStream(bytes)).key();
        assertThat(second).isEqualTo(first);
        try (var files = Files.walk(dataDir.resolve("files"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }

    @Test
    void anUnknownOrMalformedKeyOpensNothing() {
        assertThat(storage().open("0".repeat(64))).isEmpty();
        assertThat(storage().open("../../etc/passwd")).isEmpty();
    }
}
