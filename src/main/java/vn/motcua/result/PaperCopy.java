package vn.motcua.result;

import java.time.OffsetDateTime;

/**
 * One conversion of an electronic result to paper (Decree 45/2020 Art. 18): printed with a conversion note.
 *
 * @param number          its number among the result's conversions (1, 2 …), printed in the note
 * @param copies          how many copies were printed
 * @param convertedBy     the official's username
 * @param convertedByName the official's full name, as printed
 * @param sourceSha256    SHA-256 of the electronic file converted
 */
public record PaperCopy(int number, int copies, String convertedBy, String convertedByName,
        OffsetDateTime convertedAt, String sourceSha256) {}
