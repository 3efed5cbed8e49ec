/**
 * TTHC control activities (hoạt động kiểm soát TTHC): the control officer's records besides dossiers and feedback —
 * directive documents (văn bản chỉ đạo), communications (tuyên truyền), inspections (kiểm tra), reviews and
 * simplification options (rà soát, đơn giản hoá TTHC, Circular 02/2017/TT-VPCP) and draft legal documents containing
 * TTHC (dự thảo VBQPPL) — with their XLSX import and export, and the report of section I–II figures of the quarterly
 * TTHC control report ({@code /api/v1/reports/control-activities}) with a drill-down behind every figure. A directive
 * document's file is kept by the platform's {@code FileStorage}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Control activities",
        allowedDependencies = {"shared", "identity", "platform", "reporting", "feedback"})
package vn.motcua.control;
