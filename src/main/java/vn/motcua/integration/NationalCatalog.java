package vn.motcua.integration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The national TTHC database (CSDL quốc gia về thủ tục hành chính, csdl.dichvucong.gov.vn) as this system reads it
 * (integrations.md §1.7): {@code LayDanhSachTTHC}, the procedures changed since a day, and {@code LayThuTuc}, one
 * procedure's package in the national field names ({@code MATTHC}, {@code TENTTHC}, {@code LINHVUCTHUCHIEN},
 * {@code CACHTHUCTHUCHIEN[].THOIGIAN[].PHILEPHI}, {@code THANHPHANHOSO}, {@code KETQUATHUCHIEN}, {@code CANCUPHAPLY},
 * …). The real client speaks HTTP to {@code motcua.national-catalog.url} (by default the portal's address);
 * {@link NationalPortalStandIn} serves a small catalogue with the same calls.
 */
public interface NationalCatalog {

    /** One line of {@code LayDanhSachTTHC}: a procedure and when the national database last changed it. */
    record Listed(String code, String name, String updatedAt) {}

    /**
     * The answer of a call: {@code ok} with its value, or the reason (Vietnamese) it failed.
     *
     * @param <T> the value
     */
    record Answer<T>(boolean ok, T value, String error) {

        public static <T> Answer<T> of(T value) {
            return new Answer<>(true, value, null);
        }

        public static <T> Answer<T> failed(String error) {
            return new Answer<>(false, null, error);
        }
    }

    /** {@code LayDanhSachTTHC}: the procedures changed on or after {@code since}. */
    Answer<List<Listed>> changedSince(LocalDate since);

    /** {@code LayThuTuc}: one procedure's package, as the national database sends it. */
    Answer<Map<String, Object>> procedure(String code);
}
