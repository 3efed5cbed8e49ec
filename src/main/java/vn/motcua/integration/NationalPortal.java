package vn.motcua.integration;

import java.util.List;
import java.util.Map;

/**
 * The national public service portal (Cổng Dịch vụ công quốc gia, DVCQG) as this system talks to it: the dossier
 * synchronisation calls of the provincial systems (integrations.md §1.2, §1.5). Bodies carry the portal's field names
 * (Circular 04/2025 groups, with the Decision 31/2021 names where they differ). The real client speaks HTTP to
 * {@code motcua.national-portal.url}; {@link NationalPortalStandIn} answers the same protocol locally.
 */
public interface NationalPortal {

    /**
     * The portal's answer: {@code error_code} "0" is success; the raw text is kept for the administrator.
     *
     * @param httpStatus the HTTP status, 0 when the portal could not be reached
     */
    record Answer(int httpStatus, String errorCode, String message, String raw) {

        public boolean ok() {
            return httpStatus / 100 == 2 && "0".equals(errorCode);
        }

        /** "Already exists" (error_code 3 or −3, integrations.md §1.5): the add must be an update. */
        public boolean alreadyExists() {
            return "3".equals(errorCode) || "-3".equals(errorCode);
        }

        /** The update of a dossier the portal does not know. */
        public boolean unknownDossier() {
            return "-4".equals(errorCode) || "4".equals(errorCode);
        }

        /** Unreachable, timed out, or a server error: worth trying again later. */
        public boolean passing() {
            return httpStatus == 0 || httpStatus >= 500 || httpStatus == 429 || httpStatus == 408;
        }
    }

    /** {@code DongBoHoSoMC}: adds ({@code updating} false) or updates a dossier keyed by {@code MaHoSo}. */
    Answer syncDossier(Map<String, Object> dossier, boolean updating, String idempotencyKey);

    /** {@code CapNhatTienDoHoSoMC}: the dossier's processing steps, at most 10 per call. */
    Answer syncProgress(String dossierCode, List<Map<String, Object>> steps, String idempotencyKey);

    /** {@code DongBoDanhGia}: the applicant's rating of a dossier. */
    Answer syncRating(Map<String, Object> rating, String idempotencyKey);

    /**
     * {@code TraCuuHoSo}: what the portal holds of a dossier ({@code status}: its {@code TrangThaiHoSo}); not
     * {@code found} when the portal answers that it does not know the dossier, and {@code answer} not ok when the call
     * failed otherwise.
     */
    Lookup lookup(String dossierCode);

    /** The answer of {@link #lookup}. */
    record Lookup(Answer answer, boolean found, Integer status) {}
}
