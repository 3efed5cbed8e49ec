package vn.motcua.dossier.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.dossier.DossierRatings;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Rating;
import vn.motcua.dossier.RatingLevel;
import vn.motcua.shared.ProblemException;

/** Ratings in {@code dossier_rating}; each rating and change is also an event of the dossier's history. */
@Service
class RatingService implements DossierRatings {

    private final JdbcClient jdbc;
    private final DossierRepository dossiers;
    private final DossierReader reader;
    private final EventRepository events;
    private final DossierProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RatingService(JdbcClient jdbc, DossierRepository dossiers, DossierReader reader, EventRepository events,
            DossierProperties properties, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.reader = reader;
        this.events = events;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Rating rate(String code, String secret, RatingLevel overall, RatingLevel convenience,
            RatingLevel timeliness, RatingLevel attitude, String comment) {
        if (overall == null) {
            throw ProblemException.invalidField("overall", "Cần chọn mức đánh giá chung: Rất hài lòng, Hài lòng "
                    + "hoặc Chưa hài lòng");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 2000) {
            throw ProblemException.invalidField("comment", "Ý kiến tối đa 2000 ký tự");
        }
        return transactions.execute(status -> {
            reader.lookup(code, secret);
            DossierState d = dossiers.lock(code.strip()).orElseThrow();
            if (d.status != DossierStatus.RETURNED) {
                throw ProblemException.conflict("Chỉ đánh giá được sau khi đã nhận kết quả giải quyết (hồ sơ đang ở "
                        + "trạng thái \"" + d.status.label() + "\").");
            }
            Instant now = clock.instant();
            Optional<Instant> first = jdbc.sql("SELECT first_rated_at FROM dossier_rating WHERE dossier_id = :id")
                    .param("id", d.id).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
            Duration window = Duration.ofDays(properties.ratingChangeDays());
            if (first.isPresent() && now.isAfter(first.get().plus(window))) {
                throw ProblemException.conflict("Đã hết thời hạn " + properties.ratingChangeDays()
                        + " ngày để thay đổi đánh giá của hồ sơ này.");
            }
            jdbc.sql("""
                    INSERT INTO dossier_rating (dossier_id, overall, convenience, timeliness, attitude, comment,
                                                first_rated_at, rated_at)
                    VALUES (:id, :overall, :convenience, :timeliness, :attitude, :comment, :now, :now)
                    ON CONFLICT (dossier_id) DO UPDATE SET overall = excluded.overall,
                        convenience = excluded.convenience, timeliness = excluded.timeliness,
                        attitude = excluded.attitude, comment = excluded.comment, rated_at = excluded.rated_at,
                        changes = dossier_rating.changes + 1
                    """).param("id", d.id).param("overall", overall.name())
                    .param("convenience", name(convenience), Types.VARCHAR)
                    .param("timeliness", name(timeliness), Types.VARCHAR)
                    .param("attitude", name(attitude), Types.VARCHAR).param("comment", text, Types.VARCHAR)
                    .param("now", Timestamp.from(now)).update();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("overall", overall);
            data.put("changed", first.isPresent());
            events.append(d.id, new EventRepository.NewEvent("rated", first.isPresent() ? "Thay đổi đánh giá"
                    : "Người nộp đánh giá chất lượng phục vụ", now, "applicant", null, null, null, data, false));
            Instant firstAt = first.orElse(now);
            return new Rating(d.code, overall, convenience, timeliness, attitude, text, firstAt, now,
                    firstAt.plus(window));
        });
    }

    private static String name(RatingLevel level) {
        return level == null ? null : level.name();
    }
}
