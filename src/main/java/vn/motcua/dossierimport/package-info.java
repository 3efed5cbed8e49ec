/**
 * Import of historical dossiers (nhập hồ sơ từ hệ thống cũ): NDJSON read line by line, checked for form, matched to
 * the procedure version and rule set of its receipt date, replayed and written by the dossier engine in batches;
 * runs with their progress, resuming, the HTTP endpoint and the command line's importer.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "calendar", "catalog",
        "dossier", "rating"})
package vn.motcua.dossierimport;
