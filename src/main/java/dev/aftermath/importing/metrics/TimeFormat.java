package dev.aftermath.importing.metrics;

/** One way a time column is written, read straight from the cell's bytes into epoch milliseconds (UTC). */
interface TimeFormat {

    /** Returned for a cell that is not a time in this format. */
    long NOT_A_TIME = Long.MIN_VALUE;

    long toEpochMillis(byte[] bytes, int from, int to);

    /**
     * Reads a time at the start of a field whose end is not known yet, for formats that know where they end; the
     * parser then checks that the field ends at {@link #prefixEnd()}. Saves scanning each field twice.
     *
     * @return the time, or {@link #NOT_A_TIME} when the field has to be delimited first
     */
    default long readPrefix(byte[] bytes, int from, int limit) {
        return NOT_A_TIME;
    }

    /** Where the time read by the last successful {@link #readPrefix} ended. */
    default int prefixEnd() {
        return -1;
    }

    /** For messages: "ISO-8601", "epoch seconds" ... */
    String description();
}
