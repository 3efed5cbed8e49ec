package vn.motcua.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ContentProvenance;
import vn.motcua.catalog.FieldChange;
import vn.motcua.catalog.FormTemplate;
import vn.motcua.catalog.FormTemplates;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.SearchQuery;
import vn.motcua.shared.ProblemException;

/** Public catalog pages (no login): search with filters, a procedure with all its parts, its version history. */
@Controller
class CatalogPages {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Catalog catalog;
    private final FormTemplates templates;
    private final Clock clock;

    CatalogPages(Catalog catalog, FormTemplates templates, Clock clock) {
        this.catalog = catalog;
        this.templates = templates;
        this.clock = clock;
    }

    @GetMapping("/thu-tuc")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
            @RequestParam(required = false) String status, @RequestParam(required = false) String onlineLevel,
            @RequestParam(required = false) String level, @RequestParam(required = false) String agency,
            @RequestParam(defaultValue = "0") int page, Model model) {
        SearchQuery query = SearchParameters.query(agency, q, field, level, status, onlineLevel, page, 20);
        model.addAttribute("result", catalog.search(query));
        model.addAttribute("q", q);
        model.addAttribute("field", field);
        model.addAttribute("status", status == null ? "ACTIVE" : status);
        model.addAttribute("onlineLevel", onlineLevel);
        model.addAttribute("level", level);
        model.addAttribute("agency", agency);
        model.addAttribute("fields", catalog.fields(agency));
        model.addAttribute("agencies", catalog.agencies());
        model.addAttribute("onlineLevels", OnlineLevel.values());
        model.addAttribute("levels", ProcedureLevel.values());
        return "catalog/list";
    }

    @GetMapping("/thu-tuc/{code}")
    String detail(@PathVariable String code, @RequestParam(required = false) String agency,
            @RequestParam(name = "phien-ban", required = false) Integer version, Model model,
            Authentication authentication) {
        List<ProcedureVersion> versions = catalog.versions(agency, code);
        ProcedureVersion shown = version != null
                ? catalog.version(agency, code, version)
                : versions.stream().filter(ProcedureVersion::current).findFirst()
                        .orElseGet(() -> versions.get(versions.size() - 1));
        if (shown.source() == ProcedureVersion.Source.DRAFT && !ProcedureApiController.managesCatalog(authentication)) {
            throw ProblemException.notFound("Thủ tục " + code + " chưa có phiên bản được công bố.");
        }
        Map<Integer, List<FieldChange>> changes = new LinkedHashMap<>();
        List<ProcedureVersion> published = new ArrayList<>();
        for (ProcedureVersion v : versions) {
            if (v.source() != ProcedureVersion.Source.DRAFT) {
                if (!published.isEmpty()) {
                    changes.put(v.version(), PublicContent.changes(catalog.diff(shown.agency(), code,
                            published.get(published.size() - 1).version(), v.version())));
                }
                published.add(v);
            }
        }
        model.addAttribute("v", shown);
        model.addAttribute("c", shown.content());
        model.addAttribute("versions", published);
        model.addAttribute("changes", changes);
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), VIETNAM));
        model.addAttribute("internal", catalog.internalProcedure(shown.agency(), code, shown.version()).orElse(null));
        model.addAttribute("templates", templates.of(shown.agency(), code, shown.version()).stream()
                .collect(Collectors.toMap(FormTemplate::documentName, t -> t)));
        boolean manager = ProcedureApiController.managesCatalog(authentication);
        model.addAttribute("canAttachTemplates", manager);
        // the keepers' provenance and notes: for the agency's control officers (and administrators) only
        boolean internal = false;
        ContentProvenance.Recorded recorded = null;
        if (manager) {
            try {
                recorded = catalog.provenance(shown.agency(), shown.code(), shown.version(), authentication.getName())
                        .orElse(null);
                internal = true;
            } catch (ProblemException refused) {
                // a control officer of another agency sees the public page
            }
        }
        model.addAttribute("showInternal", internal);
        model.addAttribute("provenance", recorded);
        model.addAttribute("minimumAssuranceLevel", catalog.minimumAssuranceLevel(shown.agency(), shown.code()));
        return "catalog/detail";
    }
}
