package vn.motcua.result.web;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.result.DossierResult;
import vn.motcua.result.ResultUpload;
import vn.motcua.result.Results;
import vn.motcua.result.SignatureVerification;
import vn.motcua.shared.ProblemException;

/**
 * The officer's result forms on the dossier page (upload, sign; back to the page with a message) and the public
 * verification page {@code /xac-thuc}.
 */
@Controller
class ResultPages {

    private final Results results;
    private final SignatureVerification verification;

    ResultPages(Results results, SignatureVerification verification) {
        this.results = results;
        this.verification = verification;
    }

    @PostMapping(path = "/ho-so/{code}/ket-qua", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title, @RequestParam(required = false) String number,
            @RequestParam(required = false) String issuedOn, @RequestParam(required = false) String validUntil,
            Authentication user, RedirectAttributes redirect) {
        try {
            DossierResult added = results.upload(code, new ResultUpload(title, number,
                    ResultApiController.date(issuedOn, "issuedOn"), ResultApiController.date(validUntil, "validUntil"),
                    file == null ? null : file.getOriginalFilename(),
                    file == null || file.isEmpty() ? null : ResultApiController.bytes(file)), user.getName());
            redirect.addFlashAttribute("message", "Đã tải lên kết quả " + added.resultCode() + ".");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", "Không tải lên được kết quả: " + e.getMessage());
        }
        return "redirect:/ho-so/" + code + "#results";
    }

    @PostMapping("/ho-so/{code}/ket-qua/{resultCode}/ky-so")
    String sign(@PathVariable String code, @PathVariable String resultCode, Authentication user,
            RedirectAttributes redirect) {
        try {
            DossierResult signed = results.sign(code, resultCode, user.getName());
            redirect.addFlashAttribute("message", "Đã ký số kết quả " + signed.resultCode() + " (" + signed.signer()
                    + ").");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", "Không ký số được: " + e.getMessage());
        }
        return "redirect:/ho-so/" + code + "#results";
    }

    @GetMapping("/xac-thuc")
    String verifyForm() {
        return "result/verify";
    }

    @PostMapping(path = "/xac-thuc", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String verify(@RequestParam(required = false) MultipartFile file, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
            model.addAttribute("verification", verification.verify(file == null || file.isEmpty() ? null
                    : ResultApiController.bytes(file)));
        } catch (ProblemException e) {
            response.setStatus(e.kind().status());
            model.addAttribute("error", e.getMessage());
        }
        return "result/verify";
    }
}
