package vn.motcua.rating;

import java.time.Instant;

/**
 * The applicant's rating of the service for one returned dossier: the overall level (mandatory) and the detailed
 * ones (optional): convenience, timeliness, staff attitude.
 *
 * @param changeableUntil until when the applicant may still change it
 */
public record Rating(String code, RatingLevel overall, RatingLevel convenience, RatingLevel timeliness,
        RatingLevel attitude, String comment, Instant firstRatedAt, Instant ratedAt, Instant changeableUntil) {}
