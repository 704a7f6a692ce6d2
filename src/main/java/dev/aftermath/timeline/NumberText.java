package dev.aftermath.timeline;

import dev.aftermath.analysis.MetricText;
import dev.aftermath.analysis.UnitScale;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Metric values as axis labels and readouts: few digits, thousands grouped, fixed English separators so pictures are
 * stable; large values in larger units ("50 GB", "12.5k req/s").
 */
public final class NumberText {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
    /** Axis labels repeat on every frame, and scaling a unit and formatting cost more than drawing the text. */
    private static final Memo<Valued, String> WITH_UNIT = new Memo<>(1024, NumberText::formatWithUnit);

    private NumberText() {
    }

    public static String format(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 || magnitude == 0 ? "#,##0" : magnitude >= 10 ? "#,##0.#" : magnitude >= 1
                ? "0.##" : "0.###";
        return new DecimalFormat(pattern, SYMBOLS).format(value);
    }

    /** The value with its unit; large values in a larger unit, with three significant digits ({@link UnitScale}). */
    public static String withUnit(double value, String unit) {
        return WITH_UNIT.get(new Valued(value, unit));
    }

    private record Valued(double value, String unit) {
    }

    private static String formatWithUnit(Valued valued) {
        double value = valued.value();
        UnitScale.Scaled scaled = UnitScale.of(value, valued.unit());
        return scaled.text(scaled.scaled() ? MetricText.significant(scaled.value()) : format(value));
    }

    /** A round number at or above {@code value}: one of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten. */
    public static double niceCeiling(double value) {
        if (value <= 0) {
            return value == 0 ? 1 : -niceFloor(-value);
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * power >= value * (1 - 1e-12)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** A round number at or below {@code value}, for positive values. */
    public static double niceFloor(double value) {
        if (value <= 0) {
            return value == 0 ? 0 : -niceCeiling(-value);
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {10, 8, 6, 5, 4, 3, 2.5, 2, 1.5, 1.2, 1}) {
            if (step * power <= value * (1 + 1e-12)) {
                return step * power;
            }
        }
        return power;
    }
}
