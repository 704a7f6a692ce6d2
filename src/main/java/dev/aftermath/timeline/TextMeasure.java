package dev.aftermath.timeline;

/** The width in pixels a text takes in one font. */
@FunctionalInterface
public interface TextMeasure {

    double width(String text);
}
