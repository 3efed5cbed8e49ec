package vn.motcua.identity;

import java.time.Instant;
import java.util.List;

/**
 * One reading of a person's data by someone other than that person (Law 91/2025/QH15 on personal data protection and
 * Decree 356/2025): who read it, when, whose record ({@code subjectKind} and {@code subjectRef}, e.g. a dossier and
 * its code), under which agency, which fields and through which door ({@code API} or {@code PAGE}).
 */
public record PersonalDataAccess(Instant at, String actor, String subjectKind, String subjectRef, String agencyCode,
        List<String> fields, String channel) {

    public PersonalDataAccess {
        fields = List.copyOf(fields);
    }
}
