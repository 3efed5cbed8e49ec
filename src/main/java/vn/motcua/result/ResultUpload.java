package vn.motcua.result;

import java.time.LocalDate;

/** A result document to record: the PDF's bytes and what the document says of itself. */
public record ResultUpload(String title, String number, LocalDate issuedOn, LocalDate validUntil, String fileName,
        byte[] content) {}
