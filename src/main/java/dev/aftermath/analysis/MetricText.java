package dev.aftermath.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Metric values in sentences: three significant digits, thousands grouped, the unit after a space ("%" without). */
public final class MetricText {

    private static final MathContext SIGNIFICANT = new MathContext(3);

    private MetricText() {
    }

    public static String value(double value, String unit) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        String number = Double.isFinite(value) ? format.format(new BigDecimal(value).round(SIGNIFICANT)) : "?";
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return unit.equals("%") ? number + "%" : number + " " + unit.strip();
    }
}
