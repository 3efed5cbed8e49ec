package vn.motcua.shared.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerHttpTest {

    @Test
    void aPostOverPlainHttpIsSentAsHttp11WithoutAskingToUpgrade() throws Exception {
        List<String> seen = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getProtocol() + " upgrade=" + exchange.getRequestHeaders().getFirst("Upgrade")
                    + " connection=" + exchange.getRequestHeaders().getFirst("Connection") + " body="
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            HttpResponse<Void> response = PartnerHttp.client(Duration.ofSeconds(5)).send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hoso"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"MaHoSo\":\"1\"}")).build(),
                    HttpResponse.BodyHandlers.discarding());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(seen).containsExactly("HTTP/1.1 upgrade=null connection=null body={\"MaHoSo\":\"1\"}");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void partnerClientsAreBuiltHereOnly() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.motcua");

        noClasses().that().doNotHaveFullyQualifiedName(PartnerHttp.class.getName())
                .should().callMethod(HttpClient.class, "newBuilder")
                .orShould().callMethod(HttpClient.class, "newHttpClient")
                .because("a client with the JDK's default version asks plain-HTTP partners to upgrade to h2c")
                .check(classes);
    }
}
