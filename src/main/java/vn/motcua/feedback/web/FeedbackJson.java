package vn.motcua.feedback.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.motcua.feedback.AnswerOutcome;
import vn.motcua.feedback.Classification;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackCommand;
import vn.motcua.feedback.FeedbackEvent;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackRating;
import vn.motcua.feedback.NewFeedback;
import vn.motcua.feedback.PublicFeedback;
import vn.motcua.feedback.PublicationChannel;
import vn.motcua.feedback.PublishedAnswer;
import vn.motcua.feedback.ReviewCriterion;
import vn.motcua.feedback.Submitter;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Enums;
import vn.motcua.shared.web.VietnamTime;

/** JSON shapes of the feedback API (contract fields first; more may be added, never renamed). Times in Vietnam. */
final class FeedbackJson {

    private FeedbackJson() {}

    static OffsetDateTime time(Instant instant) {
        return VietnamTime.offset(instant);
    }

    /** An example body of {@link Body} for the API description. */
    static final String EXAMPLE = """
                    {"agencyCode":"000.00.22.H05","kind":"RECOMMENDATION","category":2,
                     "subject":"Đề nghị bỏ yêu cầu bản sao chứng thực",
                     "content":"Thủ tục yêu cầu bản sao chứng thực giấy chứng nhận đăng ký doanh nghiệp, trong khi cơ quan tra cứu được dữ liệu này.",
                     "procedureCode":"1.014390","dossierCode":null,
                     "submitter":{"type":"CITIZEN","name":"Nguyễn Văn Bình","address":"Bắc Ninh","phone":"0912345678",
                                  "email":"binh@example.vn"}}""";

    /** Body of {@code POST /api/v1/public/feedback} and {@code POST /api/v1/feedback}. */
    record Body(@Schema(example = "000.00.22.H05") String agencyCode,
            @Schema(implementation = FeedbackKind.class) String kind,
            @Schema(description = "Điều 5 Nghị định 20/2008: 1–8", minimum = "1", maximum = "8") Integer category,
            String subject, String content, String procedureCode, String dossierCode, SubmitterBody submitter,
            @Schema(implementation = FeedbackChannel.class) String channel, OffsetDateTime receivedAt) {

        NewFeedback toNewFeedback() {
            return new NewFeedback(agencyCode, Enums.parseOptional(FeedbackKind.class, kind, "kind"), category,
                    subject, content, procedureCode, dossierCode, submitter == null ? null : submitter.toSubmitter(),
                    Enums.parseOptional(FeedbackChannel.class, channel, "channel"),
                    receivedAt == null ? null : receivedAt.toInstant());
        }
    }

    record SubmitterBody(@Schema(implementation = Submitter.Type.class) String type, String name, String address,
            String phone, String email) {
        Submitter toSubmitter() {
            return new Submitter(Enums.parseOptional(Submitter.Type.class, type, "submitter.type"), name, address,
                    phone, email);
        }
    }

    /** Answer of a registration: the contract's four fields, then more. */
    record Created(String code, String lookupSecret, String status, OffsetDateTime receivedAt, String statusLabel,
            String agencyCode, int registerNumber, OffsetDateTime handlingDue, int version) {

        static Created of(Feedback f, String secret) {
            return new Created(f.code(), secret, f.status().name(), time(f.receivedAt()), f.status().label(),
                    f.agencyCode(), f.registerNumber(), time(f.deadlines().handling()), f.version());
        }
    }

    /** Body of an action; each action reads its own fields. */
    record ActionBody(String reason, String target,
            @Schema(implementation = Classification.class) String classification, String text, String unit,
            String assignee, @Schema(implementation = AnswerOutcome.class) String outcome,
            @Schema(description = "Tiêu chí rà soát (ReviewCriterion) → nhận xét") Map<String, String> review,
            @ArraySchema(schema = @Schema(implementation = PublicationChannel.class)) List<String> channels,
            @Schema(implementation = FeedbackRating.class) String rating, String comment, String note,
            String secret) {

        static final ActionBody EMPTY = new ActionBody(null, null, null, null, null, null, null, null, null, null,
                null, null, null);

        FeedbackCommand command() {
            Map<ReviewCriterion, String> criteria = new EnumMap<>(ReviewCriterion.class);
            if (review != null) {
                review.forEach((k, v) -> criteria.put(Enums.parse(ReviewCriterion.class, k, "review"), v));
            }
            List<PublicationChannel> published = channels == null ? List.of()
                    : channels.stream().map(c -> Enums.parse(PublicationChannel.class, c, "channels")).toList();
            return new FeedbackCommand(reason, target,
                    Enums.parseOptional(Classification.class, classification, "classification"), text, unit, assignee,
                    Enums.parseOptional(AnswerOutcome.class, outcome, "outcome"), criteria, published,
                    Enums.parseOptional(FeedbackRating.class, rating, "rating"), comment, note);
        }
    }

    record Detail(String code, String status, String statusLabel, int version, String agencyCode, int registerYear,
            int registerNumber, String kind, String kindLabel, int category, String categoryLabel, String subject,
            String content, String procedureCode, String dossierCode, Submitter submitter, String channel,
            String channelLabel, OffsetDateTime receivedAt, String receivedBy, String classification,
            OffsetDateTime classifiedAt, String rejectReason, String forwardTarget, String supplementRequest,
            OffsetDateTime firstSupplementAt, String unit, String assignee, OffsetDateTime handledAt,
            Boolean handledOnTime, String answer, String outcome, Map<ReviewCriterion, String> review,
            OffsetDateTime answeredAt, String answeredBy, OffsetDateTime publishedAt, List<PublicationChannel> channels,
            String rating, String ratingComment, OffsetDateTime ratedAt, Deadlines deadlines, boolean overdue,
            List<String> availableActions, String lookupSecret) {

        /** The same, with the lookup secret to hand to the submitter (only when it is registered). */
        Detail withLookupSecret(String secret) {
            return new Detail(code, status, statusLabel, version, agencyCode, registerYear, registerNumber, kind,
                    kindLabel, category, categoryLabel, subject, content, procedureCode, dossierCode, submitter,
                    channel, channelLabel, receivedAt, receivedBy, classification, classifiedAt, rejectReason,
                    forwardTarget, supplementRequest, firstSupplementAt, unit, assignee, handledAt, handledOnTime,
                    answer, outcome, review, answeredAt, answeredBy, publishedAt, channels, rating, ratingComment,
                    ratedAt, deadlines, overdue, availableActions, secret);
        }

        static Detail of(Feedback f, Instant now, List<String> actions) {
            Feedback.Handling h = f.handling();
            Feedback.Answer a = f.answer();
            Feedback.Deadlines d = f.deadlines();
            return new Detail(f.code(), f.status().name(), f.status().label(), f.version(), f.agencyCode(),
                    f.registerYear(), f.registerNumber(), f.kind().name(), f.kind().label(), f.category().number(),
                    f.category().label(), f.subject(), f.content(), f.procedureCode(), f.dossierCode(), f.submitter(),
                    f.channel().name(), f.channel().label(), time(f.receivedAt()), f.receivedBy(),
                    h.classification() == null ? null : h.classification().name(), time(h.classifiedAt()),
                    h.rejectReason(), h.forwardTarget(), h.supplementRequest(), time(h.firstSupplementAt()),
                    h.unitCode(), h.assignee(), time(h.handledAt()), h.handledOnTime(), a.text(),
                    a.outcome() == null ? null : a.outcome().name(), a.review(), time(a.answeredAt()),
                    a.answeredBy(), time(a.publishedAt()), a.channels(),
                    f.rated().rating() == null ? null : f.rated().rating().name(), f.rated().comment(),
                    time(f.rated().ratedAt()), new Deadlines(time(d.refusal()), time(d.firstSupplement()),
                            time(d.forward()), time(d.handling()), time(d.publication()), time(d.stage())),
                    d.overdue(now), actions, null);
        }
    }

    record Deadlines(OffsetDateTime refusal, OffsetDateTime firstSupplement, OffsetDateTime forward,
            OffsetDateTime handling, OffsetDateTime publication, OffsetDateTime stage) {}

    record Summary(String code, String status, String statusLabel, int version, String kind, int category,
            String subject, String submitterName, String channel, OffsetDateTime receivedAt, String unit,
            String assignee, OffsetDateTime stageDue, boolean overdue) {

        static Summary of(Feedback f, Instant now) {
            return new Summary(f.code(), f.status().name(), f.status().label(), f.version(), f.kind().name(),
                    f.category().number(), f.subject(), f.submitter().name(), f.channel().name(),
                    time(f.receivedAt()), f.handling().unitCode(), f.handling().assignee(),
                    time(f.deadlines().stage()), f.deadlines().overdue(now));
        }
    }

    record Page<T>(List<T> items, int page, int size, long total) {}

    record Event(String action, String label, String statusBefore, String statusAfter, String actor,
            String actorName, OffsetDateTime at, String note, Map<String, Object> changes) {

        static Event of(FeedbackEvent e) {
            return new Event(e.action(), e.label(), e.statusBefore() == null ? null : e.statusBefore().name(),
                    e.statusAfter().name(), e.actor(), e.actorName(), time(e.at()), e.note(), e.changes());
        }
    }

    record Public(String code, String status, String statusLabel, String agencyCode, String kind, int category,
            String subject, OffsetDateTime receivedAt, OffsetDateTime handlingDue, String supplementRequest,
            String rejectReason, String forwardTarget, String answer, String outcome, String outcomeLabel,
            OffsetDateTime answeredAt, OffsetDateTime publishedAt, String rating, List<Step> steps) {

        static Public of(PublicFeedback p) {
            return new Public(p.code(), p.status().name(), p.status().label(), p.agencyCode(), p.kind().name(),
                    p.category().number(), p.subject(), time(p.receivedAt()), time(p.handlingDue()),
                    p.supplementRequest(), p.rejectReason(), p.forwardTarget(), p.answerText(),
                    p.answerOutcome() == null ? null : p.answerOutcome().name(),
                    p.answerOutcome() == null ? null : p.answerOutcome().label(), time(p.answeredAt()),
                    time(p.publishedAt()), p.rating() == null ? null : p.rating().name(),
                    p.steps().stream().map(s -> new Step(s.label(), time(s.at()), s.note())).toList());
        }
    }

    record Step(String label, OffsetDateTime at, String status) {}

    record Answer(String code, String agencyCode, String kind, int category, String categoryLabel, String subject,
            String content, String procedureCode, String answer, String outcome, String outcomeLabel,
            OffsetDateTime answeredAt, OffsetDateTime publishedAt) {

        static Answer of(PublishedAnswer a) {
            return new Answer(a.code(), a.agencyCode(), a.kind().name(), a.category().number(), a.category().label(),
                    a.subject(), a.content(), a.procedureCode(), a.answerText(), a.outcome().name(),
                    a.outcome().label(), time(a.answeredAt()), time(a.publishedAt()));
        }
    }

    static ProblemException missingSecret() {
        return ProblemException.invalidField("secret", "Cần nhập mã tra cứu được cấp khi gửi phản ánh, kiến nghị.");
    }
}
