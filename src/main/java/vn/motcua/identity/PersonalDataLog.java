package vn.motcua.identity;

import java.util.Collection;
import java.util.List;

/** The record of who read which person's data; kept in PostgreSQL, never edited. */
public interface PersonalDataLog {

    /**
     * Records that {@code actor} read {@code fields} of the record {@code subjectRef} now; nothing when no field was
     * shown.
     */
    void record(String actor, String subjectKind, String subjectRef, String agencyCode, List<String> fields,
            String channel);

    /**
     * The latest readings, newest first, of the given agencies' records ({@code null}: every agency), optionally of
     * one record or by one reader.
     */
    List<PersonalDataAccess> recent(Collection<String> agencyCodes, String subjectRef, String actor, int limit);
}
