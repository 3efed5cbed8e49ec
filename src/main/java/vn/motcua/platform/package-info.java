/**
 * Platform: the embedded PostgreSQL, the data directory and the injected clock that every module runs on.
 * Other modules use what it provides only through Spring beans ({@code DataSource}, {@code Clock}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.motcua.platform;
