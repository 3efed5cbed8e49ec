package vn.motcua.catalog.web;

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
@RestController
class DecisionApiController {

    private final Catalog catalog;

    DecisionApiController(Catalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping(path = "/api/v1/publication-decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ProcedureApiController.CONTROL)
    @ResponseStatus(HttpStatus.CREATED)
    PublicationDecision publish(@RequestBody NewDecision decision, Authentication user) {
        return catalog.publish(decision, user.getName());
    }

    @GetMapping(path = "/api/v1/publication-decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PublicationDecision> list(@RequestParam(required = false) String agency) {
        return catalog.decisions(agency);
    }

    @GetMapping(path = "/api/v1/publication-decisions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    PublicationDecision one(@PathVariable long id) {
        return catalog.decision(id);
    }

    @GetMapping(path = "/api/v1/reports/catalog-feed", produces = MediaType.APPLICATION_JSON_VALUE)
    CatalogFeed feed(@RequestParam(required = false) String agency,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return catalog.feed(agency, from, to);
    }
}
