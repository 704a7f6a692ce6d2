package dev.aftermath.cli;

import java.util.List;

/** The values an option takes, written as a sentence does: "light, dark or contrast". */
final class Choices {

    private Choices() {
    }

    static String either(List<String> values) {
        if (values.size() < 2) {
            return String.join("", values);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }
}
