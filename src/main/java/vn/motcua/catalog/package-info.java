/**
 * Catalog (danh mục thủ tục hành chính): versioned procedures (TTHC) of each agency with their constituent parts,
 * publication decisions (quyết định công bố) that bring versions into force on their effective date, internal
 * procedures (quy trình nội bộ), import of catalog files, search and the public catalog pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "platform"})
package vn.motcua.catalog;
