package dev.aftermath.importing.metrics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Turns wall-clock times written without an offset into UTC, in the zone the user named. The offset is cached for
 * the stretch between two daylight-saving changes, so a million rows cost one look-up per stretch, not per row.
 * Wall times that a change skips or repeats are read with the offset before the change (as java.time does) and
 * counted, so the importer can say how many were doubtful.
 */
final class LocalTimes {

    private final ZoneId zone;
    private final ZoneRules rules;
    private final boolean assumed;
    private long cachedFrom = Long.MAX_VALUE;
    private long cachedTo = Long.MIN_VALUE;
    private long cachedOffsetMillis;
    private int readCount;
    private int doubtfulCount;

    /** @param zone the user's zone, or null to read in UTC (and say so) */
    LocalTimes(ZoneId zone) {
        this.zone = zone == null ? ZoneOffset.UTC : zone;
        this.rules = this.zone.getRules();
        this.assumed = zone == null;
    }

    ZoneId zone() {
        return zone;
    }

    /** True when no zone was given and UTC is a guess. */
    boolean zoneAssumed() {
        return assumed;
    }

    /** How many local times were converted. */
    int readCount() {
        return readCount;
    }

    /** How many fell into a daylight-saving gap or overlap. */
    int doubtfulCount() {
        return doubtfulCount;
    }

    /** Sets the counts back, so that conversions made while sniffing are not reported as the import's own. */
    void restoreCounts(int read, int doubtful) {
        readCount = read;
        doubtfulCount = doubtful;
    }

    long toUtcMillis(long localMillis) {
        readCount++;
        if (localMillis >= cachedFrom && localMillis < cachedTo) {
            return localMillis - cachedOffsetMillis;
        }
        long localSecond = Math.floorDiv(localMillis, 1000L);
        LocalDateTime local = LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC);
        List<ZoneOffset> valid = rules.getValidOffsets(local);
        if (valid.size() != 1) {
            doubtfulCount++;
            ZoneOffset before = valid.isEmpty() ? rules.getTransition(local).getOffsetBefore() : valid.get(0);
            return localMillis - before.getTotalSeconds() * 1000L;
        }
        ZoneOffset offset = valid.get(0);
        cacheStretch(local.toInstant(offset), offset);
        return localMillis - cachedOffsetMillis;
    }

    private void cacheStretch(Instant instant, ZoneOffset offset) {
        cachedOffsetMillis = offset.getTotalSeconds() * 1000L;
        ZoneOffsetTransition previous = rules.previousTransition(instant.plusMillis(1));
        ZoneOffsetTransition next = rules.nextTransition(instant);
        cachedFrom = previous == null ? Long.MIN_VALUE : localMillisAfter(previous);
        cachedTo = next == null ? Long.MAX_VALUE : localMillisBefore(next);
    }

    private static long localMillisAfter(ZoneOffsetTransition transition) {
        LocalDateTime later = transition.isGap() ? transition.getDateTimeAfter() : transition.getDateTimeBefore();
        return later.toEpochSecond(ZoneOffset.UTC) * 1000L;
    }

    private static long localMillisBefore(ZoneOffsetTransition transition) {
        LocalDateTime earlier = transition.isGap() ? transition.getDateTimeBefore() : transition.getDateTimeAfter();
        return earlier.toEpochSecond(ZoneOffset.UTC) * 1000L;
    }
}
