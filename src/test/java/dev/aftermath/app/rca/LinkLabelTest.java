package dev.aftermath.app.rca;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkLabelTest {

    @ParameterizedTest
    @CsvSource({
        "https://tracker.northwind.example/OBS-142, OBS-142",
        "https://jira.example.com/browse/PAY-7?focusedComment=3#c, PAY-7",
        "https://github.com/acme/shop/issues/981/, 981",
        "https://wiki.example.com, wiki.example.com",
        "mailto:sre@example.com, mailto:sre@example.com",
        "OBS-142, OBS-142"})
    void aLinkReadsAsTheItemItNames(String link, String label) {
        assertEquals(label, LinkLabel.of(link));
    }
}
