package vn.motcua.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.shared.ProblemException;

/**
 * Reads official days-off schedules in the shared file format ({@code years.<YYYY>} objects with {@code breaks} and
 * {@code extraWorkingDays}; other fields such as {@code crossCheck}, {@code confidence}, {@code note} are ignored).
 * Pure (no Spring); uses Jackson 3.
 */
public final class OfficialSchedules {

    /** Classpath location of the schedules shipped with the application. */
    public static final String BUNDLED_RESOURCE = "/calendar/vn-civil-service-days-off.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private OfficialSchedules() {
    }

    /**
     * Parses and {@linkplain YearSchedule#validate() validates} the schedules of a JSON document, ordered by year.
     *
     * @throws ProblemException naming {@code file} when the document is not in the expected format, or the field of
     *                          an inconsistent schedule
     */
    public static List<YearSchedule> parse(InputStream json) {
        if (json == null) {
            throw ProblemException.invalidField("file", "Thiếu tệp lịch nghỉ");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw ProblemException.invalidField("file", "Tệp lịch nghỉ không phải JSON hợp lệ: " + e.getOriginalMessage());
        }
        JsonNode years = root == null ? null : root.get("years");
        if (years == null || !years.isObject()) {
            throw ProblemException.invalidField("file", "Tệp lịch nghỉ thiếu mục \"years\"");
        }
        List<YearSchedule> result = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : years.properties()) {
            int year;
            try {
                year = Integer.parseInt(entry.getKey().strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("years", "Năm không hợp lệ: \"" + entry.getKey() + "\"");
            }
            if (!entry.getValue().isObject()) {
                throw ProblemException.invalidField("years." + year, "Lịch nghỉ năm " + year + " không hợp lệ");
            }
            ObjectNode node = ((ObjectNode) entry.getValue()).deepCopy();
            node.put("year", year);
            YearSchedule schedule;
            try {
                schedule = MAPPER.treeToValue(node, YearSchedule.class);
            } catch (JacksonException e) {
                throw ProblemException.invalidField("years." + year,
                        "Lịch nghỉ năm " + year + " không hợp lệ: " + e.getOriginalMessage());
            }
            result.add(schedule.validate());
        }
        result.sort(Comparator.comparingInt(YearSchedule::year));
        return List.copyOf(result);
    }

    /** The schedules bundled at {@link #BUNDLED_RESOURCE} (read once, then cached). */
    public static List<YearSchedule> bundled() {
        return Bundled.SCHEDULES;
    }

    /** Serialises schedules back to the file format ({@code {"years": {"2024": {...}}}}). */
    public static String toJson(List<YearSchedule> schedules) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode years = root.putObject("years");
        for (YearSchedule s : schedules) {
            ObjectNode node = MAPPER.valueToTree(s);
            node.remove("year");
            years.set(Integer.toString(s.year()), node);
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static final class Bundled {
        static final List<YearSchedule> SCHEDULES = load();

        private static List<YearSchedule> load() {
            try (InputStream in = OfficialSchedules.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing classpath resource " + BUNDLED_RESOURCE);
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
