package dev.aftermath.samples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * A metric's shape over time, before noise: a function from epoch milliseconds to a value. Sample metrics are
 * written as a daily traffic shape changed by what the incident did, with the incident's facts as keyframes.
 */
@FunctionalInterface
interface Curve {

    double at(long millis);

    static Curve constant(double value) {
        return millis -> value;
    }

    /**
     * Straight lines between keyframes given as alternating times and values: {@code "07:00", 1.0, "07:30", 9}. A
     * time of day is UTC on {@code date}; a full instant ({@code "2025-06-13T09:40:00Z"}) moves to its own day, and
     * the times of day after it follow it there. Before the first keyframe the first value holds, after the last
     * the last.
     */
    static Curve keyframes(String date, Object... timesAndValues) {
        int count = timesAndValues.length / 2;
        long[] times = new long[count];
        double[] values = new double[count];
        LocalDate day = LocalDate.parse(date);
        for (int i = 0; i < count; i++) {
            String time = (String) timesAndValues[2 * i];
            Instant at = time.contains("T") ? Instant.parse(time)
                    : day.atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
            day = at.atOffset(ZoneOffset.UTC).toLocalDate();
            times[i] = at.toEpochMilli();
            values[i] = ((Number) timesAndValues[2 * i + 1]).doubleValue();
            if (i > 0 && times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("keyframes out of order at " + time);
            }
        }
        return millis -> {
            int index = Arrays.binarySearch(times, millis);
            if (index >= 0) {
                return values[index];
            }
            int next = -index - 1;
            if (next == 0) {
                return values[0];
            }
            if (next == count) {
                return values[count - 1];
            }
            double fraction = (double) (millis - times[next - 1]) / (times[next] - times[next - 1]);
            return values[next - 1] + fraction * (values[next] - values[next - 1]);
        };
    }

    /**
     * How busy a region is over its working day, from {@code night} at night to {@code peak} in the early
     * afternoon local time: a rise from 06:00 to 10:00, a dip at lunch and a fall from 17:00 to 23:00.
     */
    static Curve workingDay(ZoneId zone, double night, double peak) {
        return millis -> {
            ZonedDateTime local = Instant.ofEpochMilli(millis).atZone(zone);
            double hour = local.getHour() + local.getMinute() / 60.0 + local.getSecond() / 3600.0;
            double day = smoothStep(6, 10, hour) * (1 - smoothStep(17, 23, hour));
            double lunch = 1 - 0.08 * StrictMath.exp(-StrictMath.pow((hour - 12.5) / 0.6, 2));
            return night + (peak - night) * day * lunch;
        };
    }

    private static double smoothStep(double from, double to, double x) {
        double t = Math.min(1, Math.max(0, (x - from) / (to - from)));
        return t * t * (3 - 2 * t);
    }

    default Curve plus(Curve other) {
        return millis -> at(millis) + other.at(millis);
    }

    default Curve times(Curve other) {
        return millis -> at(millis) * other.at(millis);
    }

    default Curve times(double factor) {
        return millis -> at(millis) * factor;
    }

    default Curve atMost(double ceiling) {
        return millis -> Math.min(ceiling, at(millis));
    }

    default Curve max(Curve other) {
        return millis -> Math.max(at(millis), other.at(millis));
    }

    /** Absent (NaN, a gap in the exported file) from one instant up to another. */
    default Curve missingBetween(String from, String to) {
        long start = Instant.parse(from).toEpochMilli();
        long end = Instant.parse(to).toEpochMilli();
        return millis -> millis >= start && millis < end ? Double.NaN : at(millis);
    }
}
