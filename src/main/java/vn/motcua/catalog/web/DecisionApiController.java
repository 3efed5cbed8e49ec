package vn.motcua.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogFeed;
import vn.motcua.catalog.NewDecision;
import vn.motcua.catalog.PublicationDecision;

/** Publication decisions and the catalog's reporting feed. */
@Tag(name = "Danh mục thủ tục", description = "Thủ tục hành chính có phiên bản, quy trình nội bộ, nhập danh mục")
@RestController
class DecisionApiController {

    private final Catalog catalog;

    DecisionApiController(Catalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "Ghi nhận quyết định công bố",
            description = "Quyết định với số, ngày ký, ngày hiệu lực và các thủ tục ban hành mới, sửa đổi, thay "
                    + "thế, bãi bỏ; các phiên bản có hiệu lực theo ngày.")
    @PostMapping(path = "/api/v1/publication-decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ProcedureApiController.CONTROL)
    @ResponseStatus(HttpStatus.CREATED)
    PublicationDecision publish(@RequestBody NewDecision decision, Authentication user) {
        return catalog.publish(decision, user.getName());
    }

    @Operation(summary = "Các quyết định công bố của cơ quan",
            description = "Mới nhất trước.")
    @GetMapping(path = "/api/v1/publication-decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PublicationDecision> list(@RequestParam(required = false) String agency) {
        return catalog.decisions(agency);
    }

    @Operation(summary = "Một quyết định công bố",
            description = "Các thủ tục của quyết định và loại thay đổi.")
    @GetMapping(path = "/api/v1/publication-decisions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    PublicationDecision one(@PathVariable long id) {
        return catalog.decision(id);
    }

    @Operation(summary = "Nguồn cấp thay đổi danh mục",
            description = "Các thay đổi danh mục theo thời gian cho hệ thống khác đồng bộ.")
    @GetMapping(path = "/api/v1/reports/catalog-feed", produces = MediaType.APPLICATION_JSON_VALUE)
    CatalogFeed feed(@RequestParam(required = false) String agency,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return catalog.feed(agency, from, to);
    }
}
