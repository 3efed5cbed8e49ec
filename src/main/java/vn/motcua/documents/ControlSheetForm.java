package vn.motcua.documents;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ: one row per hand-over, from the desk to the unit and back.
 *
 * @param leadUnit         cơ quan (bộ phận) giải quyết hồ sơ
 * @param cooperatingUnits cơ quan phối hợp giải quyết hồ sơ; null when none
 */
public record ControlSheetForm(FormHeader header, DossierFacts dossier, String leadUnit, String cooperatingUnits,
        List<Handover> handovers) implements DossierForm {

    /** How a step ended against its own deadline in the internal procedure. */
    public enum StepOutcome {
        EARLY("Trước hạn"), ON_TIME("Đúng hạn"), LATE("Quá hạn");

        private final String label;

        StepOutcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One hand-over of the dossier.
     *
     * @param handedOverAt null while the hand-over has not happened
     * @param stepDueAt    the step's deadline; null when the procedure sets none
     * @param outcome      null while the step is unfinished (the cell stays blank)
     * @param handedOverBy the person handing over (người giao); may be null
     * @param receivedBy   the person receiving (người nhận); may be null
     * @param note         may be null
     */
    public record Handover(String from, String to, LocalDateTime handedOverAt, LocalDateTime stepDueAt,
            StepOutcome outcome, String handedOverBy, String receivedBy, String note) {

        public Handover {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    public ControlSheetForm {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(leadUnit, "leadUnit");
        handovers = List.copyOf(handovers);
    }

    @Override
    public FormKind kind() {
        return FormKind.CONTROL_SHEET;
    }
}
