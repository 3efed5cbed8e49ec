package vn.motcua.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Dossiers;

/** Public tracking: the dossier code and the lookup secret printed on the receipt slip. No sign-in. */
@Tag(name = "Tra cứu công khai", description = "Không cần đăng nhập: tra cứu hồ sơ, đánh giá, phản ánh kiến nghị")
@RestController
@RequestMapping(path = "/api/v1/public/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicDossierController {

    private final Dossiers dossiers;

    PublicDossierController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Operation(summary = "Tra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu",
            description = "Không cần đăng nhập. Trả về trạng thái, ngày hẹn trả và các bước công khai; sai mã tra "
                    + "cứu trả 404 như không có hồ sơ.")
    @GetMapping("/{code}")
    DossierJson.Public lookup(@PathVariable String code, @RequestParam(required = false) String secret) {
        return DossierJson.Public.of(dossiers.lookup(code, secret));
    }
}
