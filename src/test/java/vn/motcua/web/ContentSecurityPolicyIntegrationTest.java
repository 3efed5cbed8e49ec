package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

/** Every page forbids scripts from elsewhere and inline scripts, and no template needs one. */
@IntegrationTest
class ContentSecurityPolicyIntegrationTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+=\"",
            Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Test
    void publicAndSignedInPagesAndTheApiCarryAPolicyThatAllowsOnlyThisServersScripts() {
        Api people = Api.at(port).header("Accept", "text/html");
        for (Api.Response page : List.of(people.get("/"), people.get("/thu-tuc"), people.get("/tra-cuu-ho-so"),
                people.get("/login"), people.as("admin", DemoAgency.PASSWORD).get("/"), people.get("/khong-co"),
                Api.at(port).get("/api/v1/procedures"))) {
            String policy = page.header("Content-Security-Policy");
            assertThat(policy).contains("default-src 'self'", "script-src 'self';", "object-src 'none'",
                    "frame-ancestors 'none'");
            assertThat(policy).doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
        }
    }

    @Test
    void noTemplateHasAnInlineScriptOrEventHandler() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> inline = templates.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
                try {
                    return INLINE_SCRIPT.matcher(Files.readString(p)).results().map(m -> p + ": " + m.group());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(inline).isEmpty();
        }
    }
}
