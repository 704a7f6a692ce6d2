package dev.aftermath.timeline;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the renderer needs from an incident, computed once when it is opened or changed: milestones, phase bands,
 * lanes and one min/max pyramid per series. Painting a frame then only reads it, so panning costs no preparation.
 */
public final class PreparedTimeline {

    private final Incident incident;
    private final IncidentMilestones milestones;
    private final List<PhaseBand> bands;
    private final List<MilestoneMarker> markers;
    private final List<Lane> lanes;
    private final List<MinMaxPyramid> pyramids;
    private final Optional<long[]> extent;
    /** Label rows each lane wants, by picture width and theme: the lane heights stay put while panning. */
    private final Map<String, int[]> wantedRows = new ConcurrentHashMap<>();

    private PreparedTimeline(Incident incident) {
        this.incident = incident;
        this.milestones = IncidentMilestones.of(incident);
        this.bands = PhaseBands.of(milestones);
        this.markers = MilestoneMarker.of(milestones);
        this.lanes = LaneLayout.group(incident.entries());
        this.pyramids = incident.series().stream()
                .map(series -> MinMaxPyramid.build(series.timestamps(), series.values()))
                .toList();
        this.extent = computeExtent();
    }

    public static PreparedTimeline of(Incident incident) {
        return new PreparedTimeline(incident);
    }

    public Incident incident() {
        return incident;
    }

    public IncidentMilestones milestones() {
        return milestones;
    }

    public List<PhaseBand> bands() {
        return bands;
    }

    public List<MilestoneMarker> markers() {
        return markers;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public List<MetricSeries> series() {
        return incident.series();
    }

    public MinMaxPyramid pyramid(int seriesIndex) {
        return pyramids.get(seriesIndex);
    }

    /** How many label rows each lane uses when the whole incident is shown at this width, at most a few. */
    int[] wantedRows(double width, Theme theme, Painter painter) {
        return wantedRows.computeIfAbsent(width + "/" + theme.name() + "/" + painter.getClass().getName(), key -> {
            double left = TimelineLayout.plotLeft(width, theme);
            double right = TimelineLayout.plotRight(width, theme);
            TimeScale fit = fit(left, right - left);
            return lanes.stream()
                    .mapToInt(lane -> LanePainter.place(lane, LanePainter.MAX_ROWS, left, right, fit, theme, painter)
                            .rowsUsed())
                    .toArray();
        }).clone();
    }

    /**
     * The span worth showing: entries (with their ends) and milestones; the metrics only when there is nothing
     * else, because an export often holds hours around a short incident. Empty when there is nothing to show.
     */
    public Optional<long[]> extent() {
        return extent.map(long[]::clone);
    }

    private Optional<long[]> computeExtent() {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (TimelineEntry entry : incident.entries()) {
            from = Math.min(from, entry.at().toEpochMilli());
            to = Math.max(to, (entry.end() == null ? entry.at() : entry.end()).toEpochMilli());
        }
        for (MilestoneMarker marker : markers) {
            from = Math.min(from, marker.at().toEpochMilli());
            to = Math.max(to, marker.at().toEpochMilli());
        }
        if (from == Long.MAX_VALUE) {
            for (MetricSeries series : incident.series()) {
                if (series.size() > 0) {
                    from = Math.min(from, series.timestamps()[0]);
                    to = Math.max(to, series.timestamps()[series.size() - 1]);
                }
            }
        }
        return from == Long.MAX_VALUE ? Optional.empty() : Optional.of(new long[] {from, to});
    }

    /** The scale that shows the whole incident in a plot area, with a small margin either side. */
    public TimeScale fit(double left, double width) {
        long[] span = extent().orElse(new long[] {Instant.EPOCH.toEpochMilli(), Instant.EPOCH.toEpochMilli()});
        return TimeScale.fit(span[0], span[1], 0.03, left, width);
    }
}
