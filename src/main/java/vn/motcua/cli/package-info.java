/**
 * Command line (dòng lệnh): tasks run without the web server, such as {@code import dossiers FILE} and the
 * stand-in servers of the national services ({@code stand-in national-portal --port=N}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"dossierimport", "integration"})
package vn.motcua.cli;
