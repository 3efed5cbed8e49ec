package vn.motcua.dossier.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Dossiers;

/** Public tracking: the dossier code and the lookup secret printed on the receipt slip. No sign-in. */
@RestController
@RequestMapping(path = "/api/v1/public/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicDossierController {

    private final Dossiers dossiers;

    PublicDossierController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/{code}")
    DossierJson.Public lookup(@PathVariable String code, @RequestParam(required = false) String secret) {
        return DossierJson.Public.of(dossiers.lookup(code, secret));
    }
}
