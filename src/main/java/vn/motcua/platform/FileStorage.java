package vn.motcua.platform;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where uploaded and generated files (form templates, dossier documents, signed results) are kept. Files are
 * content-addressed: the same bytes stored twice give the same key and take the space once. The default keeps them
 * under {@code <data-dir>/files}; an S3-compatible store can implement the same interface.
 */
public interface FileStorage {

    /** Stores the bytes read from {@code content} (the stream is read to its end, not closed). */
    StoredFile store(InputStream content);

    /** The bytes stored under {@code key}; the caller closes the stream. */
    Optional<InputStream> open(String key);

    /** A stored file: its key (the SHA-256 of its bytes, in hex) and its size. */
    record StoredFile(String key, long size) {}
}
