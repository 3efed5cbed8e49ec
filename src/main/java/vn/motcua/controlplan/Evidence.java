package vn.motcua.controlplan;

/**
 * What shows a task's progress: a directive document of the control lists (its id), a stored file (its key) or a
 * text; any of them, or none.
 */
public record Evidence(Long documentId, String fileId, String text) {
    public static final Evidence NONE = new Evidence(null, null, null);

    public boolean isEmpty() {
        return documentId == null && (fileId == null || fileId.isBlank()) && (text == null || text.isBlank());
    }
}
