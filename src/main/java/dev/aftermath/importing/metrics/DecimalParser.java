package dev.aftermath.importing.metrics;

import java.nio.charset.StandardCharsets;

/**
 * Reads numbers as spreadsheets and dashboards write them, straight from bytes: a sign, digits with optional
 * thousands separators, a decimal separator chosen by the file's dialect, an exponent, and a unit after the number
 * ({@code 230 ms}, {@code 12%}). Words for missing values ({@code null}, {@code NaN}, {@code #N/A}, {@code -} ...)
 * read as NaN, a gap.
 *
 * <p>Plain decimals of up to 15 digits are converted exactly with one floating-point operation (Clinger's fast
 * path: both the digits and the power of ten are exact doubles, and IEEE rounds the single multiplication or
 * division correctly); anything longer goes through {@link Double#parseDouble}, so every result equals the JDK's.
 *
 * <p>One instance per import: after {@link #parse} it holds whether the cell was readable and where its unit is.
 */
final class DecimalParser {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final long EXACT_MANTISSA_LIMIT = 1L << 53;
    private static final int MAX_UNIT_BYTES = 16;

    private final byte decimalSeparator;
    private final byte groupSeparator;
    private boolean readable;
    private double plainValue;
    private int unitStart;
    private int unitEnd;

    DecimalParser(NumberStyle style) {
        this.decimalSeparator = style.decimalComma() ? (byte) ',' : (byte) '.';
        this.groupSeparator = style.decimalComma() ? (byte) '.' : (byte) ',';
    }

    /** Whether the last parsed cell held a number or a missing-value word. */
    boolean readable() {
        return readable;
    }

    /** True when the last parsed cell had a unit after its number. */
    boolean hasUnit() {
        return unitEnd > unitStart;
    }

    int unitStart() {
        return unitStart;
    }

    int unitEnd() {
        return unitEnd;
    }

    /**
     * The fast path for the plain decimals that make up nearly all of a large export ({@code -12.345}): reads from
     * {@code from} up to the first byte that is not part of one, without knowing where the field ends.
     *
     * @return the position after the number, or -1 when the general {@link #parse} is needed (no digits, more
     *         than 15 digits, thousands separators, exponents)
     */
    int parsePlain(byte[] b, int from, int limit) {
        int p = from;
        boolean negative = p < limit && b[p] == '-';
        if (negative) {
            p++;
        }
        int integerStart = p;
        long mantissa = 0;
        int digit;
        while (p < limit && (digit = b[p] - '0') >= 0 && digit <= 9) {
            mantissa = mantissa * 10 + digit;
            p++;
        }
        int integerDigits = p - integerStart;
        int fractionDigits = 0;
        if (p < limit && b[p] == decimalSeparator) {
            int fractionStart = ++p;
            while (p < limit && (digit = b[p] - '0') >= 0 && digit <= 9) {
                mantissa = mantissa * 10 + digit;
                p++;
            }
            fractionDigits = p - fractionStart;
        }
        int digits = integerDigits + fractionDigits;
        if (digits == 0 || digits > 15 || (p < limit && (b[p] == 'e' || b[p] == 'E'))) {
            return -1;
        }
        double value = fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
        plainValue = negative ? -value : value;
        return p;
    }

    /** The number read by the last successful {@link #parsePlain}. */
    double plainValue() {
        return plainValue;
    }

    /** The cell's value; NaN for a gap. Check {@link #readable()} afterwards. */
    double parse(byte[] bytes, int from, int to) {
        unitStart = 0;
        unitEnd = 0;
        while (from < to && isBlank(bytes[from])) {
            from++;
        }
        while (to > from && isBlank(bytes[to - 1])) {
            to--;
        }
        readable = true;
        if (from == to) {
            return Double.NaN;
        }
        if (bytes[from] == '\'') {
            from++; // older Grafana prefixes text that starts with a sign by a quote, against formula injection
        }
        int p = from;
        boolean negative = false;
        if (p < to && (bytes[p] == '-' || bytes[p] == '+')) {
            negative = bytes[p] == '-';
            p++;
        }
        long mantissa = 0;
        int significantDigits = 0;
        int exponent = 0;
        int digits = 0;
        boolean afterPoint = false;
        boolean grouped = false;
        for (; p < to; p++) {
            byte b = bytes[p];
            if (b >= '0' && b <= '9') {
                digits++;
                if (significantDigits > 0 || b != '0') {
                    significantDigits++;
                    if (significantDigits <= 18) {
                        mantissa = mantissa * 10 + (b - '0');
                    } else if (!afterPoint) {
                        exponent++;
                    }
                }
                if (afterPoint && significantDigits <= 18) {
                    exponent--;
                }
            } else if (b == decimalSeparator && !afterPoint) {
                afterPoint = true;
            } else if (!afterPoint && digits > 0 && (grouped || (digits <= 3 && significantDigits == digits))
                    && isGroupSeparator(bytes, p, to)) {
                grouped = true;
                p += groupSeparatorLength(bytes, p) - 1;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return wordValue(bytes, from, to);
        }
        int numberEnd = p;
        if (p < to && (bytes[p] == 'e' || bytes[p] == 'E')) {
            int exponentEnd = scanExponent(bytes, p + 1, to);
            if (exponentEnd > 0) {
                exponent += parseExponent(bytes, p + 1, exponentEnd);
                p = exponentEnd;
                numberEnd = p;
            }
        }
        if (!readUnit(bytes, p, to)) {
            readable = false;
            return Double.NaN;
        }
        double value;
        if (mantissa == 0) {
            value = 0.0;
        } else if (significantDigits <= 15 && mantissa < EXACT_MANTISSA_LIMIT && exponent >= -22 && exponent <= 22) {
            value = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
        } else {
            return slowParse(bytes, from, numberEnd, grouped);
        }
        return negative ? -value : value;
    }

    private boolean isGroupSeparator(byte[] bytes, int p, int to) {
        byte b = bytes[p];
        boolean separator = b == groupSeparator || b == ' ' || b == '\'' || (b & 0xFF) == 0xA0
                || ((b & 0xFF) == 0xC2 && p + 1 < to && (bytes[p + 1] & 0xFF) == 0xA0)
                || ((b & 0xFF) == 0xE2 && p + 2 < to && (bytes[p + 1] & 0xFF) == 0x80
                        && (bytes[p + 2] & 0xFF) == 0xAF);
        if (!separator) {
            return false;
        }
        int q = p + groupSeparatorLength(bytes, p);
        for (int i = 0; i < 3; i++) {
            if (q + i >= to || bytes[q + i] < '0' || bytes[q + i] > '9') {
                return false;
            }
        }
        return q + 3 == to || bytes[q + 3] < '0' || bytes[q + 3] > '9';
    }

    private static int groupSeparatorLength(byte[] bytes, int p) {
        int b = bytes[p] & 0xFF;
        return b == 0xC2 ? 2 : b == 0xE2 ? 3 : 1;
    }

    private static int scanExponent(byte[] bytes, int p, int to) {
        if (p < to && (bytes[p] == '+' || bytes[p] == '-')) {
            p++;
        }
        int start = p;
        while (p < to && bytes[p] >= '0' && bytes[p] <= '9') {
            p++;
        }
        return p > start ? p : -1;
    }

    private static int parseExponent(byte[] bytes, int from, int to) {
        boolean negative = bytes[from] == '-';
        int p = bytes[from] == '+' || bytes[from] == '-' ? from + 1 : from;
        int value = 0;
        for (; p < to; p++) {
            value = Math.min(value * 10 + (bytes[p] - '0'), 100_000);
        }
        return negative ? -value : value;
    }

    private boolean readUnit(byte[] bytes, int p, int to) {
        while (p < to && isBlank(bytes[p])) {
            p++;
        }
        if (p == to) {
            return true;
        }
        if (to - p > MAX_UNIT_BYTES) {
            return false;
        }
        for (int i = p; i < to; i++) {
            byte b = bytes[i];
            if ((b >= '0' && b <= '9') || b == '"' || b == '=' || b == ',' || b == ';') {
                return false;
            }
        }
        unitStart = p;
        unitEnd = to;
        return true;
    }

    private double slowParse(byte[] bytes, int from, int to, boolean grouped) {
        if (!grouped && decimalSeparator == '.') {
            return parseOrUnreadable(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
        }
        StringBuilder text = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == decimalSeparator) {
                text.append('.');
            } else if ((b >= '0' && b <= '9') || b == '-' || b == '+' || b == 'e' || b == 'E') {
                text.append((char) b);
            }
        }
        return parseOrUnreadable(text.toString());
    }

    private double parseOrUnreadable(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            readable = false;
            return Double.NaN;
        }
    }

    private double wordValue(byte[] bytes, int from, int to) {
        String word = MissingWords.ascii(bytes, from, to);
        if (word == null) {
            readable = false;
            return Double.NaN;
        }
        if (MissingWords.isMissing(word)) {
            return Double.NaN;
        }
        double infinity = MissingWords.infinity(word);
        if (Double.isNaN(infinity)) {
            readable = false;
        }
        return infinity;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }
}
