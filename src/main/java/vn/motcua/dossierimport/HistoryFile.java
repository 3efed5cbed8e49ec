package vn.motcua.dossierimport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the NDJSON import of a plausible history of one agency's dossiers, in receipt order (as an old system exports
 * them, by code): receipts on weekdays from {@code first} up to the day before {@code end}, mixed channels, current
 * and abolished procedures, most dossiers finished (returned, some resolved and not yet collected, a few stopped or
 * withdrawn), some with supplements or an extension, some fee-bearing (paid online when submitted online); the last
 * six weeks' dossiers partly still open, spread over the given units and their assignees; with {@link #withRatings()},
 * about half of the returned dossiers carry the applicant's rating (mostly satisfied, a few not), given after the
 * return. Deterministic for a given seed (the ratings draw from their own sequence, so the dossiers are the same with
 * or without them). The demo data and the load bench both write their dossiers with it.
 */
public final class HistoryFile {

    /** A unit where open dossiers wait, and the officials they may be assigned to (the first two). */
    public record Unit(String code, String... assignees) {}

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Quốc", "Ngọc", "Hữu"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hà", "Hùng", "Lan", "Mai", "Nam", "Phương",
            "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn"};

    private final String agency;
    private final List<String> current;
    private final List<String> abolished;
    private final List<Unit> units;
    private final SplittableRandom random;
    private final SplittableRandom ratingRandom;
    private boolean ratings;
    private LocalDateTime end = LocalDateTime.MAX;

    /** What was written: counts of the mix, for the report. */
    public record Written(long lines, long open, long returned, long resolvedNotReturned, long stopped) {}

    public HistoryFile(String agency, List<String> current, List<String> abolished, List<Unit> units, long seed) {
        this.agency = agency;
        this.current = List.copyOf(current);
        this.abolished = List.copyOf(abolished);
        this.units = List.copyOf(units);
        this.random = new SplittableRandom(seed);
        this.ratingRandom = new SplittableRandom(seed ^ 0x5eed_7a71L);
    }

    /** Adds the applicants' ratings to returned dossiers (the demo: the satisfaction figures need them). */
    public HistoryFile withRatings() {
        this.ratings = true;
        return this;
    }

    /** Writes {@code dossiers} lines to a file. */
    public Written write(Path file, int dossiers, LocalDate first, LocalDate end) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return write(out, dossiers, first, end);
        }
    }

    /** Writes {@code dossiers} lines, one per line ending with a line feed. */
    public Written write(Appendable out, int dossiers, LocalDate first, LocalDate end) throws IOException {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        long open = 0;
        long returned = 0;
        long resolved = 0;
        long stopped = 0;
        LocalDate openFrom = end.minusDays(42);
        this.end = end.atStartOfDay();
        int written = 0;
        for (int i = 0; i < days.size(); i++) {
            int perDay = (dossiers - written) / (days.size() - i);
            LocalDate day = days.get(i);
            for (int seq = 1; seq <= perDay; seq++) {
                // receipts spread over the office day, 07:30 to 16:30
                LocalDateTime received = day.atTime(7, 30).plusSeconds(random.nextInt(9 * 3600));
                StringBuilder line = new StringBuilder(640);
                char kind = dossier(line, day, seq, received, !day.isBefore(openFrom));
                switch (kind) {
                    case 'O' -> open++;
                    case 'R' -> returned++;
                    case 'S' -> resolved++;
                    default -> stopped++;
                }
                out.append(line).append('\n');
            }
            written += perDay;
        }
        return new Written(written, open, returned, resolved, stopped);
    }

    /** Appends one dossier; returns O(pen), R(eturned), S (resolved, not collected) or T (stopped). */
    private char dossier(StringBuilder line, LocalDate day, int seq, LocalDateTime received, boolean recent) {
        boolean useAbolished = !abolished.isEmpty() && day.getYear() < 2025 && random.nextInt(4) == 0;
        List<String> procedures = useAbolished ? abolished : current;
        String procedure = procedures.get(random.nextInt(procedures.size()));
        int channelDraw = random.nextInt(10);
        String channel = channelDraw < 4 ? "ONLINE" : channelDraw < 9 ? "DIRECT" : "POSTAL";
        boolean organisation = random.nextInt(3) == 0;
        line.append("{\"code\":\"").append(agency).append('-').append(CODE_DAY.format(day)).append('-')
                .append(String.format("%04d", seq)).append("\",\"agencyCode\":\"").append(agency)
                .append("\",\"procedureCode\":\"").append(procedure).append("\",\"channel\":\"").append(channel)
                .append("\",\"applicant\":{\"type\":\"").append(organisation ? "ORGANIZATION" : "CITIZEN")
                .append("\",\"name\":\"").append(organisation ? "Công ty TNHH " + given() + " " + given() : person())
                .append("\",\"idNumber\":\"").append(organisation ? "23" : "0010").append(8_000_000 + random.nextInt(
                        1_000_000)).append("\"},\"receivedAt\":\"").append(time(received)).append('"');
        boolean explicitDue = random.nextBoolean();
        if (explicitDue) {
            line.append(",\"dueAt\":\"").append(time(received.plusDays(14))).append('"');
        }
        // open dossiers: about 2 % of all, i.e. about half of those received in the last six weeks
        boolean open = recent && random.nextInt(100) < 55;
        char kind;
        LocalDateTime at = received;
        line.append(",\"events\":[");
        String unit = null;
        String assignee = null;
        if (open) {
            kind = 'O';
            int state = random.nextInt(10);
            if (state >= 2) {
                Unit u = units.get(random.nextInt(units.size()));
                unit = u.code();
                assignee = u.assignees().length == 0 ? null : u.assignees()[random.nextInt(Math.min(2,
                        u.assignees().length))];
                at = at.plusMinutes(30 + random.nextInt(240));
                event(line, "TRANSFERRED", at).append(",\"unit\":\"").append(unit).append("\"}");
                if (state == 9) {
                    at = at.plusHours(4 + random.nextInt(40));
                    line.append(',');
                    event(line, "SUPPLEMENT_REQUESTED", at).append('}');
                }
            }
        } else {
            int ending = random.nextInt(100);
            at = at.plusMinutes(30 + random.nextInt(240));
            unit = units.get(random.nextInt(units.size())).code();
            event(line, "TRANSFERRED", at).append(",\"unit\":\"").append(unit).append("\"}");
            boolean supplemented = random.nextInt(100) < 8;
            if (supplemented) {
                at = at.plusHours(20 + random.nextInt(30));
                line.append(',');
                event(line, "SUPPLEMENT_REQUESTED", at).append('}');
                at = at.plusDays(2 + random.nextInt(8));
                line.append(',');
                event(line, "SUPPLEMENT_RECEIVED", at).append('}');
            }
            if (ending < 2) {
                kind = 'T';
                at = at.plusDays(1 + random.nextInt(5));
                if (ending == 0) {
                    line.append(',');
                    event(line, "WITHDRAWN", at).append('}');
                    at = at.plusHours(2);
                }
                line.append(',');
                event(line, "STOPPED", at).append('}');
            } else {
                if (explicitDue && !supplemented && random.nextInt(100) < 6) {
                    at = at.plusDays(3);
                    line.append(',');
                    event(line, "EXTENDED", at).append(",\"newDueAt\":\"").append(time(received.plusDays(30)))
                            .append("\"}");
                }
                at = at.plusHours(24 + random.nextInt(24 * 16));
                line.append(',');
                boolean refused = random.nextInt(100) < 5;
                event(line, "RESOLVED", at).append(",\"outcome\":\"").append(refused ? "REFUSED" : "GRANTED")
                        .append("\"}");
                if (random.nextInt(100) < 3 && day.getYear() >= 2025) {
                    kind = 'S';
                } else {
                    kind = 'R';
                    at = at.plusHours(1 + random.nextInt(72));
                    line.append(',');
                    event(line, "RETURNED", at).append('}');
                }
            }
        }
        line.append(']');
        if (kind == 'R' && ratings) {
            rating(line, at);
        }
        if (unit != null) {
            line.append(",\"currentUnit\":\"").append(unit).append('"');
        }
        if (assignee != null) {
            line.append(",\"assignee\":\"").append(assignee).append('"');
        }
        if (random.nextInt(10) < 3) {
            line.append(",\"fees\":[{\"name\":\"Lệ phí\",\"amountVnd\":").append(100_000 * (1 + random.nextInt(20)))
                    .append(",\"paidOnline\":").append("ONLINE".equals(channel)).append("}]");
        }
        line.append(",\"digitized\":").append(random.nextInt(10) < 8).append(",\"resultDigitized\":")
                .append(kind == 'R' && random.nextInt(10) < 6).append('}');
        return kind;
    }

    /** About half of the returned dossiers are rated, within three days of the return and before the end. */
    private void rating(StringBuilder line, LocalDateTime returned) {
        if (ratingRandom.nextInt(100) >= 50) {
            return;
        }
        LocalDateTime at = returned.plusMinutes(30 + ratingRandom.nextInt(3 * 24 * 60));
        String overall = level();
        if (!at.isBefore(end)) {
            return;
        }
        line.append(",\"rating\":{\"overall\":\"").append(overall).append('"');
        if (ratingRandom.nextBoolean()) {
            line.append(",\"convenience\":\"").append(level()).append("\",\"timeliness\":\"").append(level())
                    .append("\",\"attitude\":\"").append(level()).append('"');
        }
        if ("NOT_SATISFIED".equals(overall)) {
            line.append(",\"comment\":\"Phải đi lại nhiều lần để bổ sung giấy tờ.\"");
        }
        line.append(",\"at\":\"").append(time(at)).append("\"}");
    }

    private String level() {
        int draw = ratingRandom.nextInt(100);
        return draw < 60 ? "VERY_SATISFIED" : draw < 93 ? "SATISFIED" : "NOT_SATISFIED";
    }

    private StringBuilder event(StringBuilder line, String type, LocalDateTime at) {
        return line.append("{\"type\":\"").append(type).append("\",\"at\":\"").append(time(at)).append('"');
    }

    private static String time(LocalDateTime at) {
        return at.atOffset(VIETNAM).toString();
    }

    private String person() {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " " + given();
    }

    private String given() {
        return GIVEN[random.nextInt(GIVEN.length)];
    }
}
