package vn.motcua.rating;

/**
 * Ratings by applicants, authenticated by the dossier code and its lookup secret (no account needed): only for a
 * dossier whose result was returned, one per dossier, changeable for {@code motcua.dossier.rating-change-days}.
 */
public interface DossierRatings {

    /** The rating as given or changed; 404 for a wrong code or secret, 409 when not (or no longer) allowed. */
    Rating rate(String code, String secret, RatingLevel overall, RatingLevel convenience, RatingLevel timeliness,
            RatingLevel attitude, String comment);

    /**
     * A rating an earlier system recorded for a returned dossier, given at {@code at}.
     *
     * @param code the dossier's code
     */
    record ImportedRating(String code, RatingLevel overall, RatingLevel convenience, RatingLevel timeliness,
            RatingLevel attitude, String comment, java.time.Instant at) {}

    /**
     * Records imported ratings in the caller's transaction (the import's batch), each with its event in the dossier's
     * history at the time it was given; a dossier that already has a rating keeps it. The dossiers must have been
     * returned (409 problem otherwise).
     */
    void recordImported(java.util.List<ImportedRating> ratings);
}
