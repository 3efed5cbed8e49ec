/**
 * Command line (dòng lệnh): tasks run without the web server, such as {@code import dossiers FILE},
 * {@code backup --to=DIR} and {@code restore --from=DIR}, and the stand-ins of outside systems
 * ({@code stand-in identity|national-portal|payment|tsa|remote-signing|mail|sms|zalo --port=N}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"dossierimport", "platform", "integration", "payment",
        "result", "notification"})
package vn.motcua.cli;
