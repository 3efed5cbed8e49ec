/**
 * Command line (dòng lệnh): tasks run without the web server, such as {@code import dossiers FILE}, and the stand-in
 * servers ({@code stand-in payment --port=N}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"dossierimport", "payment"})
package vn.motcua.cli;
