package vn.motcua.dossier;

import java.io.InputStream;

/**
 * One uploaded file for a dossier.
 *
 * @param documentName the component's name as in the procedure's list, or its number there ("1", "2", …); free text
 *        for a result
 */
public record DocumentUpload(String documentName, String fileName, InputStream content) {}
