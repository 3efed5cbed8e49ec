package vn.motcua.dossier;

import java.time.Instant;

/**
 * A file attached to a dossier: a component of the dossier (named as in the procedure's list), a supplement, or the
 * result.
 *
 * @param stage INTAKE, SUPPLEMENT or RESULT
 * @param fileKey where the bytes are kept in the file storage
 */
public record DossierDocument(long id, String documentName, String stage, String fileName, String contentType,
        long sizeBytes, Instant uploadedAt, String uploadedBy, String fileKey) {}
