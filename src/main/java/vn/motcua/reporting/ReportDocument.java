package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A report to be written as a Word document in the Decree 30/2020 format under its agency's letterhead: what it says
 * part by part, who signs it and whom it goes to, and form II.06a annexed when {@code annex} is given. The reporting
 * module lays it out ({@link Reports#document}); the modules that know a report's content compose it.
 *
 * @param agencyCode  the reporting agency, whose letterhead heads the document
 * @param period      the period reported on; its cut-off dates are printed under the title unless it is a range
 * @param number      the document number, "15" (printed "Số: 15/BC-…") or the whole "15/BC-SKHCN"; null leaves the
 *                    number and the day blank, to be filled in when the report is signed
 * @param summary     the line under "BÁO CÁO", the report's subject with its period
 * @param opening     the paragraph before the first part
 * @param parts       the body, one heading and its paragraphs per part
 * @param closing     the paragraph after the last part
 * @param signerTitle authority and position, one line each ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
 * @param signerName  the signer's name; blank when not known yet
 * @param recipients  "Nơi nhận", one per item; "Lưu: VT" is added when absent
 * @param annex       the resolution figures to annex as form II.06a, or null
 * @param issuedOn    the date in the header; null: today
 */
public record ReportDocument(String agencyCode, ReportingPeriod period, String number, String summary,
        String opening, List<Part> parts, String closing, List<String> signerTitle, String signerName,
        List<String> recipients, ResolutionReport annex, LocalDate issuedOn) {

    /** A heading ("II. TÌNH HÌNH …", "1. Đánh giá tác động …") and the paragraphs under it. */
    public record Part(String heading, List<String> paragraphs) {

        public Part {
            Objects.requireNonNull(heading, "heading");
            paragraphs = List.copyOf(paragraphs);
        }
    }

    public ReportDocument {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(summary, "summary");
        opening = opening == null ? "" : opening;
        closing = closing == null ? "" : closing;
        parts = List.copyOf(parts);
        signerTitle = List.copyOf(signerTitle);
        signerName = signerName == null ? "" : signerName;
        recipients = List.copyOf(recipients);
    }
}
