package vn.motcua.dossierimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.support.Command;

/**
 * {@code java -jar motcua.jar import dossiers FILE}, run the way an operator runs it: the application's main class in
 * its own JVM (the main classes and dependencies, no test classes), on a fresh data directory, without a web server.
 */
class DossierImportCommandLineIntegrationTest {

    private static final String AGENCY = "000.00.22.H05";

    @Test
    void importDossiersPrintsProgressToStandardErrorAndTheSummaryToStandardOutput() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/test-data/cli-" + UUID.randomUUID()));
        Path file = dir.resolve("ho-so.ndjson");
        Files.writeString(file, String.join("\n", line(1, "1.014390"), line(2, "1.014391"), line(3, "9.999999"))
                + "\n", StandardCharsets.UTF_8);

        Command.Result result = Command.run(dir, "import", "dossiers", file.toString(), "--motcua.data-dir=" + dir.resolve("data"),
                "--motcua.embedded-db.durable=false", "--motcua.demo=true");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode summary = JsonMapper.builder().build().readTree(result.stdout());
        assertThat(summary.get("accepted").asInt()).as(result.stdout()).isEqualTo(2);
        assertThat(summary.get("refusedCount").asInt()).isEqualTo(1);
        assertThat(summary.get("refused").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(result.stderr()).contains("Đã xử lý 3 dòng: nhận 2, không đổi 0, từ chối 1");
    }

    @Test
    void aFileThatCannotBeReadEndsWithExitStatusOne() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/test-data/cli-" + UUID.randomUUID()));
        Command.Result result = Command.run(dir, "import", "dossiers", dir.resolve("khong-co.ndjson").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("Không đọc được tệp");
        assertThat(result.stdout()).isBlank();
    }

    private static String line(int sequence, String procedure) {
        return """
                {"code":"%s-240115-%04d","agencyCode":"%s","procedureCode":"%s","channel":"ONLINE",\
                "applicant":{"type":"CITIZEN","name":"Lê Thị Cúc"},"receivedAt":"2024-01-15T14:00:00+07:00",\
                "events":[{"type":"RESOLVED","at":"2024-01-22T10:00:00+07:00","outcome":"GRANTED"},\
                {"type":"RETURNED","at":"2024-01-23T10:00:00+07:00"}]}""".formatted(AGENCY, sequence, AGENCY,
                procedure);
    }
}
