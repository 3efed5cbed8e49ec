package vn.motcua.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/agencies/{code}/units}. */
record CreateUnitRequest(
        @NotBlank(message = "Vui lòng nhập mã đơn vị.") String code,
        @NotBlank(message = "Vui lòng nhập tên đơn vị.") @Size(max = 300, message = "Tên đơn vị tối đa 300 ký tự.")
        String name) {}
