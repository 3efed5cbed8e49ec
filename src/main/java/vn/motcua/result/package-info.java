/**
 * Electronic results (kết quả giải quyết điện tử) and digital signatures (chữ ký số): the result documents of a
 * dossier, coded {@code <dossier code>-KQ<n>}, signed by the agency in PAdES, and the public verification of signed
 * PDFs ({@code /xac-thuc}); and the digitisation records of dossiers' components (số hóa thành phần hồ sơ).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "platform", "catalog",
        "dossier"})
package vn.motcua.result;
