/**
 * Online submission (nộp hồ sơ trực tuyến): the applicant's drafts, one upload per component of the procedure,
 * results of the applicant's store attached instead of uploading a component again, submission into the dossier engine,
 * and the applicant's pages (their dossiers, the tracking of each).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "platform", "catalog",
        "dossier", "result"})
package vn.motcua.submission;
