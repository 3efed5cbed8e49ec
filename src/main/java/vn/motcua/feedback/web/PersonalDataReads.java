package vn.motcua.feedback.web;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.feedback.Feedback;
import vn.motcua.identity.PersonalDataLog;

/** Records the submitter's contact data shown to an official (the personal-data reading log). */
final class PersonalDataReads {

    static final String FEEDBACK = "FEEDBACK";

    private PersonalDataReads() {}

    static void shown(PersonalDataLog log, Feedback feedback, String reader, String channel) {
        List<String> fields = new ArrayList<>();
        if (feedback.submitter().phone() != null) {
            fields.add("phone");
        }
        if (feedback.submitter().email() != null) {
            fields.add("email");
        }
        if (feedback.submitter().address() != null) {
            fields.add("address");
        }
        log.record(reader, FEEDBACK, feedback.code(), feedback.agencyCode(), fields, channel);
    }
}
