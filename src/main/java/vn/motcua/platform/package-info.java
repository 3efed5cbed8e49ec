/**
 * Platform: the embedded PostgreSQL, the data directory, the injected clock, the file storage and the PostgreSQL job
 * queue that every module runs on. Other modules use it through Spring beans ({@code DataSource}, {@code Clock}) and
 * its small API ({@link vn.motcua.platform.FileStorage}, {@link vn.motcua.platform.Jobs},
 * {@link vn.motcua.platform.JobHandler}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.motcua.platform;
