package dev.aftermath.importing.metrics;

import java.util.Locale;

/**
 * Unix time as a number: seconds (with or without a fraction, as Prometheus and Telegraf write it), milliseconds
 * (Grafana's raw export), microseconds or nanoseconds. The unit is chosen once for the column from the magnitude
 * of its values (a 10-digit number is seconds, a 13-digit one milliseconds).
 */
final class EpochTimeFormat implements TimeFormat {

    enum Unit {
        SECONDS(1_000_000L), MILLISECONDS(1_000L), MICROSECONDS(1L), NANOSECONDS(1L);

        /** Microseconds per unit, except for nanoseconds, which divide. */
        private final long micros;

        Unit(long micros) {
            this.micros = micros;
        }
    }

    /** Epoch seconds from 1973 to 2128: the range in which the magnitude tells the unit apart. */
    private static final long MIN_SECONDS = 100_000_000L;
    private static final long MAX_SECONDS = 5_000_000_000L;

    private final Unit unit;
    private int prefixEnd = -1;

    EpochTimeFormat(Unit unit) {
        this.unit = unit;
    }

    /** The unit whose plausible range holds the value, or null when no unit fits. */
    static Unit unitOf(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= MIN_SECONDS && magnitude < MAX_SECONDS) {
            return Unit.SECONDS;
        }
        if (magnitude >= MIN_SECONDS * 1e3 && magnitude < MAX_SECONDS * 1e3) {
            return Unit.MILLISECONDS;
        }
        if (magnitude >= MIN_SECONDS * 1e6 && magnitude < MAX_SECONDS * 1e6) {
            return Unit.MICROSECONDS;
        }
        if (magnitude >= MIN_SECONDS * 1e9 && magnitude < MAX_SECONDS * 1e9) {
            return Unit.NANOSECONDS;
        }
        return null;
    }

    @Override
    public String description() {
        return "epoch " + unit.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public long toEpochMillis(byte[] b, int from, int to) {
        while (from < to && b[from] == ' ') {
            from++;
        }
        while (to > from && b[to - 1] == ' ') {
            to--;
        }
        long time = readPrefix(b, from, to);
        return prefixEnd == to ? time : NOT_A_TIME;
    }

    @Override
    public int prefixEnd() {
        return prefixEnd;
    }

    @Override
    public long readPrefix(byte[] b, int from, int limit) {
        prefixEnd = -1;
        int p = from;
        long whole = 0;
        while (p < limit && b[p] >= '0' && b[p] <= '9' && p - from < 19) {
            whole = whole * 10 + (b[p] - '0');
            p++;
        }
        if (p == from || unitOf(whole) != unit) {
            return NOT_A_TIME;
        }
        long fractionMicros = 0;
        if (p < limit && b[p] == '.') {
            int scale = 100_000;
            for (p++; p < limit && b[p] >= '0' && b[p] <= '9'; p++) {
                fractionMicros += (b[p] - '0') * (long) scale;
                scale /= 10;
            }
        }
        prefixEnd = p;
        long micros = unit == Unit.NANOSECONDS ? whole / 1000
                : whole * unit.micros + fractionMicros * unit.micros / 1_000_000L;
        return Math.floorDiv(micros, 1000L);
    }
}
