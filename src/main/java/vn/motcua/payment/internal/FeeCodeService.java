package vn.motcua.payment.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.payment.FeeCodes;
import vn.motcua.shared.ProblemException;

/** {@code payment_fee_code}: read and replaced per procedure. */
@Service
class FeeCodeService implements FeeCodes {

    private static final Logger log = LoggerFactory.getLogger(FeeCodeService.class);
    private static final String PROCEDURE = "\\d\\.\\d{6}";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    FeeCodeService(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public List<FeeCode> list(String procedureCode) {
        String code = procedure(procedureCode);
        return jdbc.sql("""
                SELECT fee_name, fee_code, fee_kind, valid_from FROM payment_fee_code
                WHERE procedure_code = :p ORDER BY fee_name, valid_from
                """).param("p", code).query((rs, n) -> new FeeCode(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getObject(4, java.time.LocalDate.class))).list();
    }

    @Override
    public Map<String, List<FeeCode>> all() {
        Map<String, List<FeeCode>> all = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT procedure_code, fee_name, fee_code, fee_kind, valid_from FROM payment_fee_code
                ORDER BY procedure_code, fee_name, valid_from
                """).query((rs, n) -> Map.entry(rs.getString(1), new FeeCode(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, java.time.LocalDate.class))))
                .list().forEach(e -> all.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return all;
    }

    @Override
    public List<FeeCode> replace(String procedureCode, List<FeeCode> codes, String actor) {
        String code = procedure(procedureCode);
        List<FeeCode> clean = codes == null ? List.of() : codes;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < clean.size(); i++) {
            FeeCode c = clean.get(i);
            String at = "feeCodes[" + i + "].";
            if (c == null || c.feeName() == null || c.feeName().isBlank()) {
                throw ProblemException.invalidField(at + "feeName", "Dòng " + (i + 1) + ": thiếu tên khoản phí, lệ phí.");
            }
            if (c.feeCode() == null || c.feeCode().isBlank() || c.feeCode().strip().length() > 50) {
                throw ProblemException.invalidField(at + "feeCode",
                        "Dòng " + (i + 1) + ": mã phí, lệ phí phải có từ 1 đến 50 ký tự.");
            }
            if (!"PHI".equals(c.feeKind()) && !"LE_PHI".equals(c.feeKind())) {
                throw ProblemException.invalidField(at + "feeKind",
                        "Dòng " + (i + 1) + ": loại phải là PHI (phí) hoặc LE_PHI (lệ phí).");
            }
            if (c.validFrom() == null) {
                throw ProblemException.invalidField(at + "validFrom", "Dòng " + (i + 1) + ": thiếu ngày áp dụng.");
            }
            if (!seen.add(c.feeName().strip() + "|" + c.validFrom())) {
                throw ProblemException.invalidField(at + "validFrom", "Dòng " + (i + 1) + ": khoản \""
                        + c.feeName().strip() + "\" đã có mã áp dụng từ cùng ngày.");
            }
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM payment_fee_code WHERE procedure_code = :p").param("p", code).update();
            for (FeeCode c : clean) {
                jdbc.sql("""
                        INSERT INTO payment_fee_code (procedure_code, fee_name, valid_from, fee_code, fee_kind)
                        VALUES (:p, :name, :from, :code, :kind)
                        """).param("p", code).param("name", c.feeName().strip()).param("from", c.validFrom())
                        .param("code", c.feeCode().strip()).param("kind", c.feeKind()).update();
            }
        });
        log.info("Fee codes of procedure {} replaced by {} ({} lines)", code, actor, clean.size());
        return list(code);
    }

    private static String procedure(String code) {
        if (code == null || !code.strip().matches(PROCEDURE)) {
            throw ProblemException.invalidField("code", "Mã thủ tục \"" + (code == null ? "" : code)
                    + "\" không đúng định dạng (ví dụ 1.014390).");
        }
        return code.strip();
    }
}
