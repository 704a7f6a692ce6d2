package dev.aftermath.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Large metric values in the units people read them in, so that a memory series shows "50 GB" rather than
 * "50,000,000,000 B". Data sizes and rates take decimal prefixes, a thousand apart (B, kB, MB, GB, TB, PB; bit,
 * kbit...; bps, kbps...), or binary ones for binary units (KiB, MiB, GiB, TiB, PiB, 1024 apart), whatever prefix the
 * series came with; other counts from ten thousand on take k, M, G or T after the number ("12.5k req/s"). Times and
 * percentages are left as they are.
 */
public final class UnitScale {

    private static final List<String> DECIMAL = List.of("", "k", "M", "G", "T", "P");
    private static final List<String> BINARY = List.of("", "Ki", "Mi", "Gi", "Ti", "Pi");
    private static final List<String> COUNT = List.of("", "k", "M", "G", "T");
    private static final double COUNTS_FROM = 10_000;
    private static final Pattern BYTES = Pattern.compile("(k|K|M|G|T|P)?(B|bytes?)(/s)?");
    private static final Pattern BINARY_BYTES = Pattern.compile("(Ki|Mi|Gi|Ti|Pi)B(/s)?");
    private static final Pattern BITS = Pattern.compile("(k|K|M|G|T|P)?(b|bits?)(/s)?");
    private static final Pattern BITS_PER_SECOND = Pattern.compile("(k|K|M|G|T|P)?bps");
    private static final Set<String> LEFT_AS_THEY_ARE = Set.of("%", "percent", "ns", "us", "µs", "μs", "ms", "s",
            "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hour", "hours", "d", "day",
            "days");

    private UnitScale() {
    }

    /**
     * A value in the unit it is best read in.
     *
     * @param value the value in that unit, at most three digits before the point when scaled
     * @param multiplier what follows the number directly: "k" in "12.5k req/s", else ""
     * @param unit the unit after a space, "" for none
     * @param scaled whether the value was rescaled (and is best written with three significant digits)
     */
    public record Scaled(double value, String multiplier, String unit, boolean scaled) {

        /** The number as written, followed by the multiplier and the unit ("%" without a space). */
        public String text(String number) {
            String after = unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit;
            return number + multiplier + after;
        }
    }

    public static Scaled of(double value, String unit) {
        String name = unit == null ? "" : unit.strip();
        if (!Double.isFinite(value) || value == 0 || LEFT_AS_THEY_ARE.contains(name.toLowerCase(Locale.ROOT))) {
            return new Scaled(value, "", name, false);
        }
        Matcher binary = BINARY_BYTES.matcher(name);
        if (binary.matches()) {
            return prefixed(value, BINARY, binary.group(1), 1024, "B" + rate(binary.group(2)));
        }
        Matcher bytes = BYTES.matcher(name);
        if (bytes.matches()) {
            return prefixed(value, DECIMAL, bytes.group(1), 1000, "B" + rate(bytes.group(3)));
        }
        Matcher bits = BITS.matcher(name);
        if (bits.matches()) {
            return prefixed(value, DECIMAL, bits.group(1), 1000, "bit" + rate(bits.group(3)));
        }
        Matcher perSecond = BITS_PER_SECOND.matcher(name);
        if (perSecond.matches()) {
            return prefixed(value, DECIMAL, perSecond.group(1), 1000, "bps");
        }
        if (Math.abs(value) < COUNTS_FROM) {
            return new Scaled(value, "", name, false);
        }
        int power = power(Math.abs(value), 1000, COUNT.size() - 1);
        return new Scaled(value / Math.pow(1000, power), COUNT.get(power), name, true);
    }

    private static String rate(String perSecond) {
        return perSecond == null ? "" : perSecond;
    }

    private static Scaled prefixed(double value, List<String> prefixes, String given, double step, String base) {
        int givenPower = given == null ? 0 : prefixes.indexOf(given.equals("K") ? "k" : given);
        double inBase = value * Math.pow(step, givenPower);
        int power = power(Math.abs(inBase), step, prefixes.size() - 1);
        return new Scaled(inBase / Math.pow(step, power), "", prefixes.get(power) + base, true);
    }

    /**
     * The largest power of {@code step} not above {@code magnitude}, at most {@code max}, counting a magnitude that
     * three significant digits round up to the next power as that power ("999,999 B" reads "1 MB").
     */
    private static int power(double magnitude, double step, int max) {
        int power = 0;
        while (power < max && roundedToThreeDigits(magnitude / Math.pow(step, power + 1)) >= 1) {
            power++;
        }
        return power;
    }

    private static double roundedToThreeDigits(double magnitude) {
        if (magnitude == 0) {
            return 0;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(magnitude)));
        return Math.round(magnitude * scale) / scale;
    }
}
