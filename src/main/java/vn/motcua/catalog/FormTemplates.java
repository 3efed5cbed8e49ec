package vn.motcua.catalog;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** The form template files of procedure versions: attached by the control officer, downloaded by anyone. */
public interface FormTemplates {

    /**
     * Attaches a file to the required document named {@code documentName} of a version. Only PDF, Word, Excel and
     * OpenDocument files up to 10 MB are accepted; anything else is refused naming the field.
     */
    FormTemplate attach(String agency, String code, int version, String documentName, String fileName, byte[] bytes,
            String uploadedBy);

    /** The latest file of each document of the version. */
    List<FormTemplate> of(String agency, String code, int version);

    Optional<FormTemplate> find(long id);

    /** The file's bytes; the caller closes the stream. */
    InputStream open(FormTemplate template);
}
