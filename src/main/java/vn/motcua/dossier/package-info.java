/**
 * Dossier engine (hồ sơ): intake on the desk, postal and online channels, the dossier code, the walk through the
 * internal procedure against working-day deadlines, the legal transitions (supplement, payment, extension, stop,
 * withdrawal, refusal, resolution, return), the forms, queues, public tracking, the append-only history and the
 * import of historical dossiers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "platform", "calendar", "documents",
        "catalog"})
package vn.motcua.dossier;
