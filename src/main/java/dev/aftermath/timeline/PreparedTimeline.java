package dev.aftermath.timeline;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the renderer needs from an incident, computed once when it is opened or changed: milestones, phase bands,
 * lanes, one min/max pyramid per series and where each series leaves its baseline. Painting a frame then only reads
 * it, so panning costs no preparation. Series are immutable by id, so a preparation after an edit reuses the
 * pyramids of the one before: moving an entry does not rebuild a pyramid of ten million points.
 */
public final class PreparedTimeline {

    private final Incident incident;
    private final IncidentMilestones milestones;
    private final List<PhaseBand> bands;
    private final List<Phase> phases;
    private final List<MilestoneMarker> markers;
    private final List<Lane> lanes;
    private final List<PreparedSeries> series;
    private final List<ImpactSuggestion> suggestions;
    private final Optional<long[]> window;
    private final Optional<long[]> extent;
    /** Label rows each lane wants, by picture width and theme: the lane heights stay put while panning. */
    private final Map<RowsKey, int[]> wantedRows = new ConcurrentHashMap<>();
    private final Map<MeasureKey, Double> titlesWidth = new ConcurrentHashMap<>();
    private final LabelCache labels = new LabelCache();

    private PreparedTimeline(Incident incident, PreparedTimeline previous) {
        this.incident = incident;
        this.milestones = IncidentMilestones.of(incident);
        this.bands = PhaseBands.of(milestones, incident.entries());
        this.phases = bands.stream().map(PhaseBand::phase).distinct().toList();
        this.markers = MilestoneMarker.of(milestones);
        this.lanes = LaneLayout.group(incident.entries());
        this.series = incident.series().stream()
                .map(one -> previous == null ? PreparedSeries.of(one) : previous.reusedFor(one))
                .toList();
        this.suggestions = ImpactSuggestion.of(incident, milestones.at(Milestone.IMPACT_STARTED), series);
        this.extent = IncidentWindow.extent(incident, markers);
        this.window = IncidentWindow.of(incident, markers, milestones.at(Milestone.IMPACT_STARTED),
                milestones.at(Milestone.RESOLVED));
    }

    public static PreparedTimeline of(Incident incident) {
        return new PreparedTimeline(incident, null);
    }

    /** Prepares {@code incident}, reusing the pyramids of {@code previous} for the series they share. */
    public static PreparedTimeline of(Incident incident, PreparedTimeline previous) {
        return new PreparedTimeline(incident, previous);
    }

    /**
     * Whether preparing {@code next} after this one is quick: every series of it is prepared here already, so no
     * pyramid needs building. A quick preparation can run where a slow one must not (on the UI thread).
     */
    public boolean preparesQuickly(Incident next) {
        return next.series().stream().allMatch(one -> series.stream().anyMatch(prepared -> prepared.holds(one)));
    }

    private PreparedSeries reusedFor(MetricSeries one) {
        return series.stream().filter(prepared -> prepared.holds(one)).findFirst()
                .map(prepared -> prepared.with(one))
                .orElseGet(() -> PreparedSeries.of(one));
    }

    public Incident incident() {
        return incident;
    }

    public IncidentMilestones milestones() {
        return milestones;
    }

    /** The phases the bands show, each once, in the order they first appear. */
    List<Phase> phases() {
        return phases;
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
        return series.get(seriesIndex).pyramid();
    }

    /** The columns of a series kept from frame to frame, for the screen. */
    ColumnCache columns(int seriesIndex) {
        return series.get(seriesIndex).columns();
    }

    /** Where series leave their baseline and no entry says yet that the impact started there. */
    public List<ImpactSuggestion> suggestions() {
        return suggestions;
    }

    /**
     * The labels of a lane for the screen at a zoom, placed over all its entries in pixels from
     * {@link #labelOrigin()} once per zoom, rows, theme and painter: frames that only pan place nothing. The selected
     * entry's label is placed first only when it would otherwise be counted in a cluster.
     */
    LaneLabels labelsAtZoom(int lane, double millisPerPixel, int rows, Theme theme, UUID selected, Painter painter) {
        Lane one = lanes.get(lane);
        long origin = labelOrigin();
        double edge = fit(0, 1000).endMillis();
        LaneLabels plain = labels.get(new LabelCache.Key(lane, millisPerPixel, rows, theme, painter.getClass(), null),
                () -> LaneLabels.atZoom(one, rows, origin, millisPerPixel, edge, theme, -1, painter));
        return LaneLabels.revealing(plain, selected, first -> labels.get(
                new LabelCache.Key(lane, millisPerPixel, rows, theme, painter.getClass(), selected),
                () -> LaneLabels.atZoom(one, rows, origin, millisPerPixel, edge, theme, first, painter)));
    }

    /** The instant the screen's labels are placed from: where everything there is starts. */
    long labelOrigin() {
        return extent.map(span -> span[0]).orElse(0L);
    }

    /** How many label rows each lane uses when the whole incident is shown at this width, at most a few. */
    int[] wantedRows(double width, Theme theme, Painter painter) {
        RowsKey rowsKey = new RowsKey(width, theme.name(), theme.scale(), painter.getClass());
        return wantedRows.computeIfAbsent(rowsKey, key -> {
            double left = TimelineLayout.plotLeft(width, theme, titlesWidth(theme, painter));
            double right = TimelineLayout.plotRight(width, theme);
            TimeScale fit = fit(left, right - left);
            return lanes.stream()
                    .mapToInt(lane -> LaneLabels.inView(lane, LanePainter.MAX_ROWS, left, right, fit, theme, null,
                            painter).rowsUsed())
                    .toArray();
        }).clone();
    }

    /** A theme's name and scale are what its rows depend on, and cheaper to hash on every frame than the theme. */
    private record RowsKey(double width, String theme, double scale, Class<?> measure) {
    }

    /** How wide the widest metric strip's title is with its unit on one line, in this theme's type. */
    double titlesWidth(Theme theme, Painter painter) {
        return titlesWidth.computeIfAbsent(new MeasureKey(theme.name(), theme.scale(), painter.getClass()),
                key -> series.stream()
                        .mapToDouble(one -> StripTitle.oneLineWidth(one.series(), one.series().unit().strip(), theme,
                                painter))
                        .max()
                        .orElse(0));
    }

    private record MeasureKey(String theme, double scale, Class<?> measure) {
    }

    /**
     * The incident's own span, from the impact's start to its resolution and what comes closely before and after;
     * the default view and pictures show it. An entry long before or after, such as a deploy the evening before or
     * a post-mortem notice the next day, lies outside it and is reached by zooming out. Empty when there is nothing
     * to show.
     */
    public Optional<long[]> window() {
        return window.map(long[]::clone);
    }

    /** Everything there is: every entry, milestone and metric point. Empty when there is nothing to show. */
    public Optional<long[]> extent() {
        return extent.map(long[]::clone);
    }

    /** The scale that shows the incident's window in a plot area, with a small margin either side. */
    public TimeScale fit(double left, double width) {
        long[] span = window().orElse(new long[] {Instant.EPOCH.toEpochMilli(), Instant.EPOCH.toEpochMilli()});
        return TimeScale.fit(span[0], span[1], 0.03, left, width);
    }

    /** The entry with this id, if the incident holds it. */
    public Optional<TimelineEntry> entry(UUID id) {
        return incident.entries().stream().filter(entry -> entry.id().equals(id)).findFirst();
    }
}
