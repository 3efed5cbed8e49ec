package vn.motcua.dossier.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.platform.PlatformProperties;

/**
 * The key that seals the audit trail's daily anchors. It must not live in the database the anchors protect:
 * {@code motcua.audit.anchor-key} (base64, at least 32 bytes; required when several instances share a database), or
 * else {@code audit/anchor.key} in the data directory, created at first use and readable by its owner only.
 */
@Component
class AnchorKey {

    private static final int KEY_BYTES = 32;

    private final String configured;
    private final Path file;

    AnchorKey(@Value("${motcua.audit.anchor-key:}") String configured, PlatformProperties platform) {
        this.configured = configured.strip();
        this.file = platform.dataDir().resolve("audit").resolve("anchor.key");
    }

    /** HMAC-SHA256 of {@code data} under the key. */
    byte[] seal(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names the key without revealing it: the first 8 bytes of its SHA-256, in hex. */
    String id() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (!configured.isEmpty()) {
            byte[] key = Base64.getDecoder().decode(configured);
            if (key.length < KEY_BYTES) {
                throw new IllegalStateException("motcua.audit.anchor-key must hold at least 32 bytes (base64)");
            }
            return key;
        }
        try {
            if (!Files.exists(file)) {
                create();
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchor key " + file, e);
        }
    }

    private void create() throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = Files.createTempFile(file.getParent(), "anchor", ".key");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's permissions apply
        }
        Files.writeString(temporary, Base64.getEncoder().encodeToString(key));
        try {
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException e) {
            Files.delete(temporary); // another thread of this instance made it first: use that one
        }
    }
}
