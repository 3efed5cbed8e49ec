/**
 * Command line (dòng lệnh): tasks run without the web server, such as {@code import dossiers FILE}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"dossierimport"})
package vn.motcua.cli;
