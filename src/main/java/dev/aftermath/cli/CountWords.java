package dev.aftermath.cli;

/** A count with its noun, singular for one: "1 lesson", "3 lessons", "0 lessons". */
final class CountWords {

    private CountWords() {
    }

    static String of(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
