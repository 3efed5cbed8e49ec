package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandInCommandTest {

    @Test
    void standInIsACommandAndAnUnknownStandInIsRefusedWithTheUsage() {
        assertThat(CommandLine.isCommand(new String[] {"stand-in", "payment", "--port=8091"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=8080"})).isFalse();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CommandLine.run(Object.class, new String[] {"stand-in", "bank"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("stand-in payment --port=N");
    }

    @Test
    void aPortThatIsNotANumberIsRefused() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CommandLine.run(Object.class, new String[] {"stand-in", "payment", "--port=abc"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port");
    }
}
