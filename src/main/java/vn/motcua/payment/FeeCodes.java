package vn.motcua.payment;

import java.time.LocalDate;
import java.util.List;

/**
 * The fee codes (mã phí, lệ phí) and kinds sent to the payment platform for each fee of a procedure, from a date
 * (integrations.md §2.3): assigned by the province, so data kept by administrators and control officers, never code.
 * A fee without a code in force is sent under the procedure's code.
 */
public interface FeeCodes {

    /**
     * One fee's code from a date.
     *
     * @param feeName   the fee's name as the catalog states it (how the dossier's fee line is matched)
     * @param feeKind   {@code PHI} or {@code LE_PHI}
     * @param validFrom the first day the code is used
     */
    record FeeCode(String feeName, String feeCode, String feeKind, LocalDate validFrom) {}

    /** A procedure's codes, by fee name and date. */
    List<FeeCode> list(String procedureCode);

    /** Every configured procedure's codes: procedure code → its codes. */
    java.util.Map<String, List<FeeCode>> all();

    /**
     * Replaces the procedure's codes with {@code codes} (one transaction; a bad line is a 400 naming
     * {@code feeCodes[i].field} and nothing changes).
     */
    List<FeeCode> replace(String procedureCode, List<FeeCode> codes, String actor);
}
