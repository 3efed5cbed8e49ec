/**
 * Command line (dòng lệnh): tasks run without the web server, such as {@code import dossiers FILE}, and the stand-ins of outside systems ({@code stand-in identity --port=N}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"dossierimport"})
package vn.motcua.cli;
