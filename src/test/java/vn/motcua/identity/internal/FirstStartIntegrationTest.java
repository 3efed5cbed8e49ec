package vn.motcua.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.MotcuaApplication;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Role;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.support.Api;

/**
 * Starts the real application outside the shared test context, without demo data, on an empty database: once
 * without an administrator password, then with one.
 */
class FirstStartIntegrationTest {

    @TempDir
    Path dataDir;

    /** Runs the application with these settings as command-line arguments, which override application.properties. */
    private ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(List.of("--motcua.data-dir=" + dataDir, "--motcua.embedded-db.durable=false",
                "--server.port=0"));
        if (List.of(more).stream().noneMatch(arg -> arg.startsWith("--motcua.demo="))) {
            args.add("--motcua.demo=false");
        }
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(MotcuaApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void anEmptyDatabaseNeedsTheAdministratorPasswordAndGetsOnlyTheAdministrator() {
        Throwable failure = catchThrowable(() -> start().close());

        assertThat(failure).isNotNull();
        assertThat(messages(failure)).contains("Cơ sở dữ liệu chưa có người dùng nào. Hãy đặt mật khẩu quản trị bằng "
                + "--motcua.admin.password=… hoặc biến môi trường MOTCUA_ADMIN_PASSWORD.")
                .contains("The database has no users yet");

        try (ConfigurableApplicationContext context = start("--motcua.admin.password=QuanTri2025xyz")) {
            Users users = context.getBean(Users.class);
            UserAccount admin = users.find("admin").orElseThrow();
            assertThat(admin.hasRole(Role.ADMINISTRATOR)).isTrue();
            assertThat(admin.roles()).singleElement().satisfies(g -> assertThat(g.agencyCode()).isNull());
            assertThat(users.find("tiepnhan")).isEmpty();
            assertThat(users.find("congdan")).isEmpty();
            assertThat(context.getBean(Agencies.class).list()).isEmpty();

            assertThat(context.getEnvironment().getProperty("motcua.data-dir")).isEqualTo(dataDir.toString());
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            assertThat(Api.at(port).as("admin", "QuanTri2025xyz").get("/api/v1/users/me").status()).isEqualTo(200);
            assertThat(Api.at(port).as("admin", "Demo@12345").get("/api/v1/users/me").status()).isEqualTo(401);
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Test
    void demoPasswordsStopWorkingWhenTheSameDatabaseRunsWithoutDemoData() {
        start("--motcua.demo=true").close();

        try (ConfigurableApplicationContext context = start("--motcua.admin.password=QuanTri2025xyz")) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            assertThat(Api.at(port).as("tiepnhan", "Demo@12345").get("/api/v1/users/me").status()).isEqualTo(401);
            assertThat(Api.at(port).as("kiemsoat", "Demo@12345").get("/api/v1/users/me").status()).isEqualTo(401);
            assertThat(Api.at(port).as("admin", "Demo@12345").get("/api/v1/users/me").status()).isEqualTo(401);
            assertThat(Api.at(port).as("admin", "QuanTri2025xyz").get("/api/v1/users/me").status()).isEqualTo(200);
        }
    }
}
