package vn.motcua.catalog;

import java.time.Instant;

/** A form template file (mẫu đơn, tờ khai) attached to one required document of a procedure version. */
public record FormTemplate(long id, String agency, String procedureCode, int version, String documentName,
        String fileName, String contentType, long sizeBytes, Instant uploadedAt, String uploadedBy) {}
