package dev.aftermath.samples;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The US web fleet of the thread-leak sample, simulated minute by minute: every request served leaks a little
 * memory and a few threads until the process restarts, which happens at each deployment and when a server runs out
 * of memory and is replaced. The leak rates are set so that the fleet runs out at the times the report gives: one
 * for Thursday's climb to 20:09, which holds everywhere else, and a steeper one for Friday's climb to 11:57 (early
 * morning in the US, when fewer requests would not have got there in time).
 */
final class LeakingFleet {

    private static final long MINUTE = 60_000;
    private static final double BASE_PERCENT = 38;
    private static final double THREADS_AT_START = 45;
    private static final double THREADS_PER_PERCENT = 35;

    private final long start;
    private final double[] memoryPercent;
    private final double[] threads;

    private LeakingFleet(long start, double[] memoryPercent, double[] threads) {
        this.start = start;
        this.memoryPercent = memoryPercent;
        this.threads = threads;
    }

    /** Thursday's and Friday's deployments, outages and safeguards, as the report tells them. */
    static LeakingFleet counterRollout(Curve demand) {
        List<Long> restarts = Stream.of(
                        instants("2025-06-12", "13:20", "14:05", "14:50", "15:30", "16:20", "17:05", "17:55",
                                "20:15", "21:05", "21:35", "22:05", "22:30", "23:00", "23:30"),
                        every30Minutes("2025-06-13T00:00:00Z", "2025-06-13T09:40:00Z"),
                        instants("2025-06-13", "10:05", "10:40", "12:02"),
                        every30Minutes("2025-06-13T12:32:00Z", "2025-06-13T17:20:00Z"),
                        instants("2025-06-13", "17:20", "18:00", "18:45", "19:30", "20:20", "21:10"))
                .flatMap(List::stream).sorted().toList();
        long from = Instant.parse("2025-06-11T22:30:00Z").toEpochMilli();
        long to = Instant.parse("2025-06-14T00:00:00Z").toEpochMilli();
        long fullRollout = Instant.parse("2025-06-12T14:30:00Z").toEpochMilli();
        long fixed = Instant.parse("2025-06-13T17:20:00Z").toEpochMilli();
        long friday = Instant.parse("2025-06-13T00:00:00Z").toEpochMilli();
        long doubled = Instant.parse("2025-06-13T12:02:00Z").toEpochMilli();
        Curve exposure = millis -> demand.at(millis) / 4200 * (millis >= fixed ? 0 : millis < fullRollout ? 0.5 : 1);
        double thursdayRate = (100 - BASE_PERCENT) / sum(exposure, "2025-06-12T17:55:00Z", "2025-06-12T20:09:00Z");
        double fridayRate = (100 - BASE_PERCENT) / sum(exposure, "2025-06-13T10:40:00Z", "2025-06-13T11:57:00Z");
        int minutes = (int) ((to - from) / MINUTE);
        double[] memory = new double[minutes];
        double[] threads = new double[minutes];
        double leaked = 0;
        int next = 0;
        for (int minute = 0; minute < minutes; minute++) {
            long at = from + minute * MINUTE;
            while (next < restarts.size() && restarts.get(next) <= at) {
                leaked = 0;
                next++;
            }
            leaked += exposure.at(at) * (at >= friday && at < doubled ? fridayRate : thursdayRate);
            double capacity = at >= doubled ? 2 : 1;
            memory[minute] = (BASE_PERCENT + leaked) / capacity;
            threads[minute] = THREADS_AT_START + leaked * THREADS_PER_PERCENT;
        }
        return new LeakingFleet(from, memory, threads);
    }

    Curve memoryPercent() {
        return millis -> memoryPercent[index(millis)];
    }

    Curve threads() {
        return millis -> threads[index(millis)];
    }

    private int index(long millis) {
        return (int) Math.max(0, Math.min(memoryPercent.length - 1, (millis - start) / MINUTE));
    }

    private static double sum(Curve curve, String from, String to) {
        double total = 0;
        for (long at = Instant.parse(from).toEpochMilli(); at < Instant.parse(to).toEpochMilli(); at += MINUTE) {
            total += curve.at(at);
        }
        return total;
    }

    private static List<Long> instants(String day, String... times) {
        return Stream.of(times).map(time -> Instant.parse(day + "T" + time + ":00Z").toEpochMilli()).toList();
    }

    private static List<Long> every30Minutes(String from, String until) {
        long end = Instant.parse(until).toEpochMilli();
        return Stream.iterate(Instant.parse(from).toEpochMilli(), at -> at < end, at -> at + 30 * MINUTE).toList();
    }
}
