package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No page asks for a date or a time through the browser's own inputs, whose order (mm/dd/yyyy, AM/PM) follows the
 * browser's locale: pages take dd/mm/yyyy [hh:mm] as text.
 */
class DateInputsTest {

    @Test
    void noTemplateUsesTheBrowsersLocaleDependentDateTimeOrMonthInput() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".html")).filter(f -> {
                try {
                    String page = Files.readString(f);
                    return page.contains("type=\"date\"") || page.contains("type=\"datetime-local\"")
                            || page.contains("type=\"month\"");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
            assertThat(offenders).isEmpty();
        }
    }
}
