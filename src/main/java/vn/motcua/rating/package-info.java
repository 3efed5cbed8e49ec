/**
 * Ratings (đánh giá mức độ hài lòng): the applicant rates a returned dossier with the code and secret of the receipt
 * slip, and may change the rating for a while; each rating is also an event of the dossier's history. Later also the
 * satisfaction with answers to feedback (PAKN).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "dossier"})
package vn.motcua.rating;
