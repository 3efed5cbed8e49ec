package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.List;

/** A publication decision (quyết định công bố) as entered, before it is recorded. */
public record NewDecision(String agency, String number, LocalDate signedOn, String signer, LocalDate effectiveOn,
        String issuingAgency, String title, List<DecisionItem> items) {}
