package dev.aftermath.timeline;

import dev.aftermath.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Groups entries into lanes and gives each lane its share of the height. */
public final class LaneLayout {

    private LaneLayout() {
    }

    /** The non-empty lanes in {@link LaneKind} order; entries keep the order they came in. */
    public static List<Lane> group(List<TimelineEntry> entries) {
        Map<LaneKind, List<TimelineEntry>> byKind = new EnumMap<>(LaneKind.class);
        for (TimelineEntry entry : entries) {
            byKind.computeIfAbsent(LaneKind.of(entry), kind -> new ArrayList<>()).add(entry);
        }
        List<Lane> lanes = new ArrayList<>();
        byKind.forEach((kind, laneEntries) -> lanes.add(new Lane(kind, laneEntries)));
        return List.copyOf(lanes);
    }

    /**
     * How many label rows each lane gets from {@code totalRows}: one each, then one at a time to the lane that
     * wants the most rows per row it has, never more than it wants.
     */
    public static int[] rows(int[] wanted, int totalRows) {
        int[] rows = new int[wanted.length];
        Arrays.fill(rows, 1);
        for (int left = totalRows - rows.length; left > 0; left--) {
            int neediest = -1;
            double neediestRatio = 0;
            for (int i = 0; i < rows.length; i++) {
                double ratio = (double) wanted[i] / rows[i];
                if (rows[i] < wanted[i] && ratio > neediestRatio) {
                    neediest = i;
                    neediestRatio = ratio;
                }
            }
            if (neediest < 0) {
                break;
            }
            rows[neediest]++;
        }
        return rows;
    }
}
