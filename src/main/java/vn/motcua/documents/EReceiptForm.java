package vn.motcua.documents;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The printed view of an electronic receipt for fees and charges (bản thể hiện của biên lai điện tử thu phí, lệ phí).
 * Amounts are whole đồng; the caller spells the total in words (documents knows no money rules).
 *
 * @param parentAuthority the governing body, e.g. "UBND TỈNH BẮC NINH"
 * @param issuerName      the collecting organisation (đơn vị thu phí, lệ phí)
 * @param template        the receipt template (mẫu số), may be null
 * @param series          the series (ký hiệu), e.g. "BL26E"
 * @param number          the number as printed, e.g. "0000012"
 * @param issuedAt        local time of issue at the agency
 * @param method          how it was paid, e.g. "Thanh toán trực tuyến"
 * @param transaction     the payment platform's transaction code; null for cash
 * @param signedBy        the digital signature line; null while the receipt is unsigned
 */
public record EReceiptForm(String parentAuthority, String issuerName, String template, String series, String number,
        LocalDateTime issuedAt, String payerName, String payerAddress, String payerIdNumber, String dossierCode,
        String procedureName, String method, String transaction, List<Item> items, long totalVnd,
        String totalInWords, String signedBy) {

    /** One line: what was collected, its fee code (mã phí, lệ phí) and amount. */
    public record Item(String name, String feeCode, long amountVnd) {
        public Item {
            Objects.requireNonNull(name, "name");
        }
    }

    public EReceiptForm {
        Objects.requireNonNull(issuerName, "issuerName");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(payerName, "payerName");
        items = List.copyOf(items);
    }
}
