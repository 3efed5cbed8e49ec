package vn.motcua.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.motcua.platform.FileStorage;
import vn.motcua.platform.PlatformProperties;

/**
 * Files under {@code <data-dir>/files/ab/cd/<sha-256>}. A file is written to a temporary name and moved into place
 * atomically, so a reader never sees half a file and two instances storing the same bytes agree.
 */
@Component
class FilesystemFileStorage implements FileStorage {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    FilesystemFileStorage(PlatformProperties properties) {
        this.root = properties.dataDir().resolve("files");
    }

    @Override
    public StoredFile store(InputStream content) {
        try {
            Files.createDirectories(root);
            Path temporary = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
                    size = content.transferTo(out);
                }
                String key = HexFormat.of().formatHex(sha256.digest());
                Path target = pathOf(key);
                Files.createDirectories(target.getParent());
                moveIntoPlace(temporary, target);
                return new StoredFile(key, size);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không lưu được tệp vào " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(key);
        try {
            return Files.isRegularFile(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameBytesAlreadyStored) {
            // content-addressed: the file in place has exactly these bytes
        } catch (AtomicMoveNotSupportedException e) {
            if (!Files.exists(target)) {
                Files.move(temporary, target);
            }
        }
    }
}
