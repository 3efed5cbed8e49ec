package vn.motcua.result.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.result.DigitizationState;
import vn.motcua.result.Digitization;
import vn.motcua.result.Digitizations;
import vn.motcua.result.DossierResult;
import vn.motcua.result.ResultUpload;
import vn.motcua.result.Results;
import vn.motcua.result.SignatureVerification;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Enums;

/**
 * The officer's forms on the dossier page (results: upload, sign; the components' digitisation; back to the page
 * with a message) and the public
 * verification page {@code /xac-thuc}.
 */
@Controller
class ResultPages {

    private final Results results;
    private final SignatureVerification verification;
    private final Digitizations digitizations;

    ResultPages(Results results, SignatureVerification verification, Digitizations digitizations) {
        this.results = results;
        this.verification = verification;
        this.digitizations = digitizations;
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

    /**
     * The paper copy to print (opened in a new tab); on a refusal, back to the dossier page with the message.
     */
    @PostMapping("/ho-so/{code}/ket-qua/{resultCode}/ban-giay")
    ResponseEntity<byte[]> paperCopy(@PathVariable String code, @PathVariable String resultCode,
            @RequestParam(required = false) String copies, Authentication user, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            Long count = number(copies, "copies", "Số bản");
            Results.PrintedCopy printed = results.paperCopy(code, resultCode, count == null ? 1 : count.intValue(),
                    user.getName());
            return ResultApiController.paperCopyResponse(resultCode, printed);
        } catch (ProblemException e) {
            String location = "/ho-so/" + code;
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("error", "Không chuyển đổi được sang bản giấy: " + e.getMessage());
            RequestContextUtils.saveOutputFlashMap(location, request, response);
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(java.net.URI.create(request.getContextPath() + location + "#results")).build();
        }
    }

    @PostMapping("/ho-so/{code}/so-hoa")
    String digitize(@PathVariable String code, @RequestParam(required = false) String component,
            @RequestParam(required = false) String state, @RequestParam(required = false) String documentId,
            @RequestParam(required = false) String pages, @RequestParam(required = false) String reason,
            Authentication user, RedirectAttributes redirect) {
        try {
            Long pageCount = number(pages, "pages", "Số trang");
            Digitization d = digitizations.record(code, new Digitization.Entry(component,
                    Enums.parseOptional(DigitizationState.class, state, "state"),
                    pageCount == null ? null : pageCount.intValue(), number(documentId, "documentId", "Tệp"),
                    reason), user.getName());
            redirect.addFlashAttribute("message", "Đã ghi nhận số hóa thành phần \"" + component + "\"."
                    + (d.complete() ? " Hồ sơ đã được số hóa đầy đủ." : ""));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", "Không ghi nhận được: " + e.getMessage());
        }
        return "redirect:/ho-so/" + code + "#digitization";
    }

    private static Long number(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, label + " phải là số");
        }
    }

    /** The applicant's store of results. */
    @GetMapping("/ho-so-cua-toi/ket-qua")
    String store(Authentication user, Model model) {
        model.addAttribute("results", results.ofApplicant(user.getName()));
        return "result/store";
    }

    @GetMapping("/xac-thuc")
    String verifyForm(@RequestParam(name = "ma", required = false) String resultCode, Model model) {
        if (resultCode != null && !resultCode.isBlank()) {
            model.addAttribute("resultCode", resultCode.strip());
            model.addAttribute("published", verification.signedResult(resultCode.strip()).orElse(null));
        }
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
