package vn.motcua.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/v1/agencies}.
 *
 * @param validFrom today when absent
 * @param validTo last day in force (inclusive), absent while open-ended
 */
record CreateAgencyRequest(
        @NotBlank(message = "Vui lòng nhập mã cơ quan.") String code,
        @NotBlank(message = "Vui lòng nhập tên cơ quan.") @Size(max = 300, message = "Tên cơ quan tối đa 300 ký tự.")
        String name,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        List<String> predecessorCodes) {}
