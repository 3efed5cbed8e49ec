package vn.motcua.rating.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.dossier.DossierHistories.LockedDossier;
import vn.motcua.dossier.DossierHistories;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.rating.DossierRatings;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.shared.ProblemException;

/** Ratings in {@code dossier_rating}; each rating and change is also an event of the dossier's history. */
@Service
class RatingService implements DossierRatings {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final DossierHistories histories;
    private final int changeDays;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RatingService(JdbcClient jdbc, Dossiers dossiers, DossierHistories histories,
            @Value("${motcua.dossier.rating-change-days:7}") int changeDays, TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.histories = histories;
        this.changeDays = changeDays;
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
            dossiers.lookup(code, secret);
            LockedDossier d = histories.lock(code.strip());
            if (d.status() != DossierStatus.RETURNED) {
                throw ProblemException.conflict("Chỉ đánh giá được sau khi đã nhận kết quả giải quyết (hồ sơ đang ở "
                        + "trạng thái \"" + d.status().label() + "\").");
            }
            Instant now = clock.instant();
            Optional<Instant> first = jdbc.sql("SELECT first_rated_at FROM dossier_rating WHERE dossier_id = :id")
                    .param("id", d.id()).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
            Duration window = Duration.ofDays(changeDays);
            if (first.isPresent() && now.isAfter(first.get().plus(window))) {
                throw ProblemException.conflict("Đã hết thời hạn " + changeDays
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
                    """).param("id", d.id()).param("overall", overall.name())
                    .param("convenience", name(convenience), Types.VARCHAR)
                    .param("timeliness", name(timeliness), Types.VARCHAR)
                    .param("attitude", name(attitude), Types.VARCHAR).param("comment", text, Types.VARCHAR)
                    .param("now", Timestamp.from(now)).update();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("overall", overall);
            data.put("changed", first.isPresent());
            histories.append(d, new DossierHistories.Entry("rated", first.isPresent() ? "Thay đổi đánh giá"
                    : "Người nộp đánh giá chất lượng phục vụ", now, "applicant", data, false));
            Instant firstAt = first.orElse(now);
            return new Rating(d.code(), overall, convenience, timeliness, attitude, text, firstAt, now,
                    firstAt.plus(window));
        });
    }

    @Override
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void recordImported(java.util.List<ImportedRating> ratings) {
        for (ImportedRating r : ratings) {
            LockedDossier d = histories.lock(r.code());
            if (d.status() != DossierStatus.RETURNED) {
                throw ProblemException.conflict("Hồ sơ " + r.code() + " chưa trả kết quả nên chưa có đánh giá (trạng "
                        + "thái \"" + d.status().label() + "\").");
            }
            int written = jdbc.sql("""
                    INSERT INTO dossier_rating (dossier_id, overall, convenience, timeliness, attitude, comment,
                                                first_rated_at, rated_at)
                    VALUES (:id, :overall, :convenience, :timeliness, :attitude, :comment, :at, :at)
                    ON CONFLICT (dossier_id) DO NOTHING
                    """).param("id", d.id()).param("overall", r.overall().name())
                    .param("convenience", name(r.convenience()), Types.VARCHAR)
                    .param("timeliness", name(r.timeliness()), Types.VARCHAR)
                    .param("attitude", name(r.attitude()), Types.VARCHAR).param("comment", r.comment(), Types.VARCHAR)
                    .param("at", Timestamp.from(r.at())).update();
            if (written == 1) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("overall", r.overall());
                data.put("changed", false);
                data.put("imported", true);
                histories.append(d, new DossierHistories.Entry("rated", "Người nộp đánh giá chất lượng phục vụ",
                        r.at(), "applicant", data, false));
            }
        }
    }

    private static String name(RatingLevel level) {
        return level == null ? null : level.name();
    }
}
