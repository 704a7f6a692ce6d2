package dev.aftermath.importing.metrics;

/**
 * How a file writes numbers. With a decimal comma the full stop groups thousands ({@code 1.234,5}); with a decimal
 * point the comma does ({@code 1,234.5}). Spaces, no-break spaces and apostrophes group thousands in both.
 */
record NumberStyle(boolean decimalComma) {

    static final NumberStyle DECIMAL_POINT = new NumberStyle(false);
    static final NumberStyle DECIMAL_COMMA = new NumberStyle(true);
}
