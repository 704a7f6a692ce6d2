package dev.aftermath.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftermath.work.Progress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps docs/bundle-format.md true: its example is exactly what the writer makes of it. */
class BundleFormatDocumentTest {

    @Test
    void theDocumentedExampleIsWhatAftermathWrites() throws IOException {
        String document = Files.readString(Path.of("docs/bundle-format.md"), StandardCharsets.UTF_8);
        String example = document.substring(document.indexOf("## Example"));
        String json = example.substring(example.indexOf("```json\n") + 8, example.lastIndexOf("```"));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        new BundleWriter().write(
                new BundleReader().read(new ByteArrayInputStream(bytes), "bundle-format.md", bytes.length,
                        Progress.NONE),
                rewritten);

        assertEquals(json, rewritten.toString(StandardCharsets.UTF_8));
    }
}
