package dev.aftermath.importing.metrics;

/**
 * Excel's date serial numbers ({@code 45252.39236}: days since 1899-12-30, the fraction is the time of day), which
 * appear when a date column was formatted as a number. They carry no zone: they are wall-clock times.
 */
final class ExcelSerialTimeFormat implements TimeFormat {

    /** 1900-03-01 to 9999-12-31; earlier serials carry Excel's 1900 leap-year error. */
    static final double FIRST_SERIAL = 61;
    static final double LAST_SERIAL = 2_958_466;
    private static final long EPOCH_SERIAL = 25_569;
    private static final double MILLIS_PER_DAY = 86_400_000d;

    private final DecimalParser numbers;
    private final LocalTimes localTimes;

    ExcelSerialTimeFormat(NumberStyle style, LocalTimes localTimes) {
        this.numbers = new DecimalParser(style);
        this.localTimes = localTimes;
    }

    @Override
    public String description() {
        return "Excel date serials";
    }

    @Override
    public long toEpochMillis(byte[] b, int from, int to) {
        double serial = numbers.parse(b, from, to);
        if (!numbers.readable() || numbers.hasUnit() || !(serial >= FIRST_SERIAL && serial < LAST_SERIAL)) {
            return NOT_A_TIME;
        }
        return localTimes.toUtcMillis(Math.round((serial - EPOCH_SERIAL) * MILLIS_PER_DAY));
    }
}
