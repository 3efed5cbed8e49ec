package vn.motcua.documents;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Sổ theo dõi hồ sơ: the register of dossiers for one field (or group of fields) and period.
 *
 * @param periodTitle printed under the title, e.g. "Lĩnh vực Hoạt động khoa học và công nghệ – Năm 2026"
 */
public record TrackingBookForm(FormHeader header, String periodTitle, List<Row> rows) implements FormInput {

    /**
     * One line of the book. Times are wall-clock times in Vietnam.
     *
     * @param number           the entry number (STT)
     * @param applicantContact address and phone, as one text
     * @param dueAt            appointed return time; null when none
     * @param returnedAt       null until the result is returned
     * @param resultDelivery   how the result is returned (phương thức nhận kết quả); may be null
     * @param note             may be null
     */
    public record Row(int number, String dossierCode, String procedureName, String applicantName,
            String applicantContact, String leadUnit, LocalDateTime receivedAt, LocalDateTime dueAt,
            LocalDateTime returnedAt, String resultDelivery, String note) {

        public Row {
            Objects.requireNonNull(dossierCode, "dossierCode");
            Objects.requireNonNull(procedureName, "procedureName");
            Objects.requireNonNull(applicantName, "applicantName");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    public TrackingBookForm {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(periodTitle, "periodTitle");
        rows = List.copyOf(rows);
    }

    @Override
    public FormKind kind() {
        return FormKind.TRACKING_BOOK;
    }
}
