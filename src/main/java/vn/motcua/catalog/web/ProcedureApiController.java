package vn.motcua.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ContentProvenance;
import vn.motcua.catalog.FieldChange;
import vn.motcua.catalog.ImportSummary;
import vn.motcua.catalog.InternalProcedure;
import vn.motcua.catalog.InternalProcedurePlan;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.shared.ProblemException;

/** The procedure catalog over REST: reading is public, writing is for control officers and administrators. */
@RestController
@RequestMapping(path = "/api/v1/procedures", produces = MediaType.APPLICATION_JSON_VALUE)
class ProcedureApiController {

    static final String CONTROL = "hasAnyRole('CONTROL_OFFICER','ADMINISTRATOR')";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Catalog catalog;
    private final JsonMapper json;
    private final Clock clock;

    ProcedureApiController(Catalog catalog, JsonMapper json, Clock clock) {
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    ProcedureJson.Page search(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String q, @RequestParam(required = false) String field,
            @RequestParam(required = false) String level, @RequestParam(required = false) String status,
            @RequestParam(required = false) String onlineLevel, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return ProcedureJson.Page.of(catalog.search(
                SearchParameters.query(agency, q, field, level, status, onlineLevel, page, size)));
    }

    @GetMapping("/{code}")
    ObjectNode current(@PathVariable String code, @RequestParam(required = false) String agency) {
        return detail(catalog.current(agency, code));
    }

    @GetMapping("/{code}/versions")
    List<ProcedureJson.VersionEntry> versions(@PathVariable String code, @RequestParam(required = false) String agency,
            Authentication caller) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), VIETNAM);
        return catalog.versions(agency, code).stream().filter(v -> visible(v, caller))
                .map(v -> ProcedureJson.VersionEntry.of(v, today)).toList();
    }

    @GetMapping("/{code}/versions/{version}")
    ObjectNode version(@PathVariable String code, @PathVariable int version,
            @RequestParam(required = false) String agency, Authentication caller) {
        return detail(visibleVersion(agency, code, version, caller));
    }

    @GetMapping("/{code}/diff")
    Map<String, Object> diff(@PathVariable String code, @RequestParam int from, @RequestParam int to,
            @RequestParam(required = false) String agency) {
        List<FieldChange> changes = PublicContent.changes(catalog.diff(agency, code, from, to));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("from", from);
        body.put("to", to);
        body.put("changes", changes);
        return body;
    }

    @GetMapping("/{code}/versions/{version}/internal-procedure")
    InternalProcedure internalProcedure(@PathVariable String code, @PathVariable int version,
            @RequestParam(required = false) String agency, Authentication caller) {
        visibleVersion(agency, code, version, caller);
        return catalog.internalProcedure(agency, code, version).orElseThrow(() -> ProblemException.notFound(
                "Phiên bản " + version + " của thủ tục " + code + " chưa có quy trình nội bộ."));
    }

    @PutMapping(path = "/{code}/versions/{version}/internal-procedure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(CONTROL)
    InternalProcedure saveInternalProcedure(@PathVariable String code, @PathVariable int version,
            @RequestParam(required = false) String agency, @RequestBody InternalProcedurePlan plan,
            Authentication user) {
        return catalog.saveInternalProcedure(agency, code, version, plan, user.getName());
    }

    @PostMapping(path = "/{code}/drafts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(CONTROL)
    @ResponseStatus(HttpStatus.CREATED)
    ObjectNode draft(@PathVariable String code, @RequestParam(required = false) String agency,
            @RequestBody ProcedureContent content, Authentication user) {
        return detail(catalog.createDraft(agency, code, content, user.getName()));
    }

    @PostMapping(path = "/import", consumes = MediaType.ALL_VALUE)
    @PreAuthorize(CONTROL)
    ImportSummary importCatalog(@RequestParam(required = false) String agency, @RequestBody byte[] file,
            Authentication user) {
        return catalog.importCatalog(agency, file, user.getName());
    }

    /**
     * The published content of the agency's procedures from a content file (steps, components, …): a new version of
     * each procedure it changes; the file's sources and notes are recorded as internal provenance.
     */
    @PostMapping(path = "/content-import", consumes = MediaType.ALL_VALUE)
    @PreAuthorize(CONTROL)
    ImportSummary importContent(@RequestParam(required = false) String agency, @RequestBody byte[] file,
            Authentication user) {
        return catalog.importContent(agency, file, user.getName());
    }

    /** Where a version's content came from: sources, confidence, the keepers' notes (control officers only). */
    @GetMapping("/{code}/versions/{version}/provenance")
    @PreAuthorize(CONTROL)
    ContentProvenance.Recorded provenance(@PathVariable String code, @PathVariable int version,
            @RequestParam(required = false) String agency, Authentication user) {
        return catalog.provenance(agency, code, version, user.getName()).orElseThrow(() -> ProblemException.notFound(
                "Phiên bản " + version + " của thủ tục " + code + " chưa có ghi chép nguồn nội dung."));
    }

    /**
     * A version with every published constituent part; the summary fields have the same names as in the list.
     * The keepers' notes ({@link ProcedureContent#INTERNAL_PARTS}) are left out: this API is public.
     */
    private ObjectNode detail(ProcedureVersion v) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), VIETNAM);
        ObjectNode node = json.createObjectNode();
        node.put("code", v.code());
        node.put("agency", v.agency());
        node.put("name", v.name());
        node.put("field", v.content().fieldName());
        node.put("status", v.status().name());
        node.put("statusLabel", v.status().label());
        node.put("onlineLevel", v.content().onlineLevel() == null ? null : v.content().onlineLevel().name());
        node.set("timeLimit", json.valueToTree(ProcedureJson.TimeLimitJson.of(v.content().timeLimit())));
        node.put("version", v.version());
        node.put("changeKind", v.changeKind().name());
        node.put("source", v.source().name());
        node.put("effectiveOn", v.effectiveOn() == null ? null : v.effectiveOn().toString());
        node.set("decision", json.valueToTree(v.decision()));
        node.put("current", v.current());
        node.put("pending", v.pending(today));
        node.put("acceptingDossiers", v.current() && v.status() == vn.motcua.catalog.ProcedureStatus.ACTIVE);
        ObjectNode content = json.valueToTree(v.content());
        content.remove("timeLimit");
        content.remove("name");
        content.remove("onlineLevel");
        ProcedureContent.INTERNAL_PARTS.forEach(content::remove);
        node.setAll(content);
        return node;
    }

    /** Drafts are work in progress of the control office: only it and administrators see them. */
    private static boolean visible(ProcedureVersion version, Authentication caller) {
        return version.source() != ProcedureVersion.Source.DRAFT || managesCatalog(caller);
    }

    private ProcedureVersion visibleVersion(String agency, String code, int number, Authentication caller) {
        ProcedureVersion version = catalog.version(agency, code, number);
        if (!visible(version, caller)) {
            throw ProblemException.notFound("Thủ tục " + code + " không có phiên bản " + number + " được công bố.");
        }
        return version;
    }

    static boolean managesCatalog(Authentication caller) {
        return caller != null && caller.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_CONTROL_OFFICER") || a.getAuthority().equals("ROLE_ADMINISTRATOR"));
    }
}
