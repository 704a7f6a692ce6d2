package dev.aftermath.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Metric values in sentences: three significant digits, thousands grouped, large values in larger units
 * ({@link UnitScale}), the unit after a space ("%" without).
 */
public final class MetricText {

    private static final MathContext SIGNIFICANT = new MathContext(3);

    private MetricText() {
    }

    public static String value(double value, String unit) {
        UnitScale.Scaled scaled = UnitScale.of(value, unit);
        return scaled.text(Double.isFinite(value) ? significant(scaled.value()) : "?");
    }

    /** A finite number with three significant digits, thousands grouped: "1,240", "12.5", "0.0312". */
    public static String significant(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(new BigDecimal(value).round(SIGNIFICANT));
    }
}
