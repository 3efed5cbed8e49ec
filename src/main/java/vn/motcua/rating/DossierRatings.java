package vn.motcua.rating;

/**
 * Ratings by applicants, authenticated by the dossier code and its lookup secret (no account needed): only for a
 * dossier whose result was returned, one per dossier, changeable for {@code motcua.dossier.rating-change-days}.
 */
public interface DossierRatings {

    /** The rating as given or changed; 404 for a wrong code or secret, 409 when not (or no longer) allowed. */
    Rating rate(String code, String secret, RatingLevel overall, RatingLevel convenience, RatingLevel timeliness,
            RatingLevel attitude, String comment);
}
