package vn.motcua.rating.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.rating.DossierRatings;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.shared.web.Enums;

/** The applicant's rating of a returned dossier, with the code and lookup secret of the receipt slip. No sign-in. */
@Tag(name = "Tra cứu công khai", description = "Không cần đăng nhập: tra cứu hồ sơ, đánh giá, phản ánh kiến nghị")
@RestController
@RequestMapping(path = "/api/v1/public/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
class RatingApiController {

    private final DossierRatings ratings;

    RatingApiController(DossierRatings ratings) {
        this.ratings = ratings;
    }

    /** Body of a rating; the secret may also come as {@code ?secret=}. */
    record RatingBody(String secret, String overall, String convenience, String timeliness, String attitude,
            String comment) {}

    @Operation(summary = "Người nộp đánh giá mức độ hài lòng",
            description = "Sau khi đã nhận kết quả, bằng mã hồ sơ và mã tra cứu; đổi được trong số ngày cấu hình "
                    + "(`motcua.dossier.rating-change-days`).")
    @PostMapping(path = "/{code}/rating", consumes = MediaType.APPLICATION_JSON_VALUE)
    Rating rate(@PathVariable String code, @RequestParam(required = false) String secret,
            @RequestBody RatingBody body) {
        return ratings.rate(code, secret != null ? secret : body.secret(),
                Enums.parse(RatingLevel.class, body.overall(), "overall"),
                Enums.parseOptional(RatingLevel.class, body.convenience(), "convenience"),
                Enums.parseOptional(RatingLevel.class, body.timeliness(), "timeliness"),
                Enums.parseOptional(RatingLevel.class, body.attitude(), "attitude"), body.comment());
    }
}
