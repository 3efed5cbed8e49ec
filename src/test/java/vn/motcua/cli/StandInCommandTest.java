package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandInCommandTest {

    @Test
    void standInIsACommandAndAnythingElseStartsTheServer() {
        assertThat(CommandLine.isCommand(new String[] {"stand-in", "national-portal", "--port=9501"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"stand-in", "payment", "--port=8091"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"import", "dossiers", "a.ndjson"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=8080"})).isFalse();
    }

    @Test
    void anUnknownStandInOrPortIsRefusedWithTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream());
        assertThat(CommandLine.run(Object.class, new String[] {"stand-in", "bank"}, out, errors)).isEqualTo(1);
        assertThat(CommandLine.run(Object.class, new String[] {"stand-in", "payment", "--port=abc"}, out, errors))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("national-portal", "payment", "identity", "tsa",
                "remote-signing", "mail", "sms", "zalo", "--port");
    }
}
