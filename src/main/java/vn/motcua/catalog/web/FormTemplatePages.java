package vn.motcua.catalog.web;

import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.catalog.FormTemplates;
import vn.motcua.shared.ProblemException;

/** The upload form on a procedure's page, for the control officer. */
@Controller
class FormTemplatePages {

    private final FormTemplates templates;

    FormTemplatePages(FormTemplates templates) {
        this.templates = templates;
    }

    @PostMapping("/quan-tri/thu-tuc/{code}/mau")
    @PreAuthorize("hasAnyRole('CONTROL_OFFICER','ADMINISTRATOR')")
    String attach(@PathVariable String code, @RequestParam String agency, @RequestParam int version,
            @RequestParam String document, @RequestParam("file") MultipartFile file, Principal principal,
            RedirectAttributes redirect) {
        try {
            templates.attach(agency, code, version, document, file.getOriginalFilename(),
                    FormTemplateController.bytesOf(file), principal.getName());
            redirect.addFlashAttribute("message", "Đã đính kèm tệp mẫu cho thành phần \"" + document + "\".");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/thu-tuc/{code}").queryParam("agency", agency)
                .queryParam("phien-ban", version).buildAndExpand(code).encode().toUriString();
    }
}
