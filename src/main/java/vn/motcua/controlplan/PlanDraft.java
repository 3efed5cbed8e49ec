package vn.motcua.controlplan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as written by its author (create and replace): the texts and the appendix. Tasks and sections keep their
 * {@code id} when edited; those without one are new, those left out are removed.
 *
 * @param basis        the basis documents (căn cứ), one per item
 * @param organisation organisation of implementation (tổ chức thực hiện), one paragraph per item
 */
public record PlanDraft(String agencyCode, Integer year, String number, LocalDate issuedOn, String title,
        String signer, String signerTitle, List<String> basis, List<String> purpose, List<String> requirements,
        List<String> organisation, Long replacesPlanId, List<Section> sections) {

    public record Section(Long id, String number, String title, List<Task> tasks) {}

    public record Task(Long id, String content, String leadUnit, List<String> coordinatingUnits,
            String expectedResult, String timeFrame, String note) {}
}
