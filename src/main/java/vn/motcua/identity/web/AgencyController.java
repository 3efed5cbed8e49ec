package vn.motcua.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.AgencyContact;
import vn.motcua.identity.NewAgency;
import vn.motcua.identity.Unit;
import vn.motcua.shared.ProblemException;

/** Agencies and their units. Anyone signed in reads; administrators write. */
@Tag(name = "Người dùng, cơ quan", description = "Cơ quan (dạng cây, có hiệu lực), đơn vị, người dùng và vai trò")
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyController {

    private final Agencies agencies;
    private final Clock clock;

    AgencyController(Agencies agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    @Operation(summary = "Danh sách cơ quan",
            description = "Mọi cơ quan với thời hạn hiệu lực, cơ quan cấp trên, cơ quan tiền thân và kế thừa.")
    @GetMapping
    List<AgencyResponse> list() {
        return agencies.list().stream().map(AgencyResponse::of).toList();
    }

    @Operation(summary = "Một cơ quan",
            description = "Thông tin cơ quan và các đơn vị trực thuộc.")
    @GetMapping("/{code}")
    AgencyResponse find(@PathVariable String code) {
        return AgencyResponse.of(existing(code));
    }

    @Operation(summary = "Tạo cơ quan (quản trị)",
            description = "Mã cơ quan theo Quyết định 20/2020 (V1V2V3.Z1Z2.Y1Y2.MX1X2), tên, cơ quan cấp trên, ngày "
                    + "hiệu lực.")
    @PostMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    ResponseEntity<AgencyResponse> create(@Valid @RequestBody CreateAgencyRequest request) {
        Agency agency = agencies.create(new NewAgency(
                RequestFields.agencyCode(request.code(), "code"),
                request.name(),
                RequestFields.optionalAgencyCode(request.parentCode(), "parentCode"),
                request.validFrom() == null ? LocalDate.now(clock) : request.validFrom(),
                request.validTo(),
                RequestFields.agencyCodes(request.predecessorCodes(), "predecessorCodes")));
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + agency.code())).body(AgencyResponse.of(agency));
    }

    /** Replaces the agency's contact for the public (shown on the home page). */
    @Operation(summary = "Sửa thông tin liên hệ của cơ quan (quản trị)",
            description = "Địa chỉ, đường dây nóng và thư điện tử hiện trên trang chủ; trường để trống thì xóa.")
    @PutMapping("/{code}/contact")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    AgencyResponse updateContact(@PathVariable String code, @RequestBody ContactRequest request) {
        AgencyCode agency = existing(code).code();
        return AgencyResponse.of(agencies.updateContact(agency,
                new AgencyContact(request.address(), request.hotline(), request.email())));
    }

    @Operation(summary = "Một đơn vị của cơ quan",
            description = "Mã và tên đơn vị.")
    @GetMapping("/{code}/units/{unitCode}")
    UnitResponse unit(@PathVariable String code, @PathVariable String unitCode) {
        return existing(code).units().stream().filter(u -> u.code().equalsIgnoreCase(unitCode)).findFirst()
                .map(UnitResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Cơ quan " + code + " không có đơn vị mã " + unitCode + "."));
    }

    @Operation(summary = "Thêm đơn vị cho cơ quan (quản trị)",
            description = "Mã đơn vị là duy nhất trong cơ quan.")
    @PostMapping("/{code}/units")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    ResponseEntity<UnitResponse> addUnit(@PathVariable String code, @Valid @RequestBody CreateUnitRequest request) {
        AgencyCode agency = existing(code).code();
        Unit unit = agencies.addUnit(agency, new Unit(request.code(), request.name()));
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + agency + "/units/" + unit.code()))
                .body(UnitResponse.of(unit));
    }

    private Agency existing(String code) {
        AgencyCode parsed;
        try {
            parsed = AgencyCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Không có cơ quan mã " + code + ".");
        }
        return agencies.find(parsed).orElseThrow(() -> ProblemException.notFound("Không có cơ quan mã " + code + "."));
    }
}
