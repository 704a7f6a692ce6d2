package dev.aftermath.app.incidents;

/** One key duration as the panel shows it: "Time to detect", "33m 30s". */
public record DurationRow(String name, String value) {
}
