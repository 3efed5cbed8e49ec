package vn.motcua.identity;

/**
 * How the public reaches an agency: shown on the home page, edited by the administrator. Each part is
 * {@code null} when not recorded. Office hours are the calendar's ({@code WorkingCalendar.officeHours}).
 *
 * @param address the one-stop desk's street address
 * @param hotline the phone line for questions about procedures and dossiers
 * @param email the agency's public mailbox
 */
public record AgencyContact(String address, String hotline, String email) {

    public static final AgencyContact NONE = new AgencyContact(null, null, null);

    public boolean isEmpty() {
        return address == null && hotline == null && email == null;
    }
}
