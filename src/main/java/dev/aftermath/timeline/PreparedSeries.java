package dev.aftermath.timeline;

import dev.aftermath.analysis.BaselineDeparture;
import dev.aftermath.model.MetricSeries;
import java.util.Optional;

/**
 * A series with what is slow to compute from its points: the min/max pyramid and the baseline departure. Both
 * depend on the points only, so they carry over to a series that differs in name, unit or threshold.
 */
record PreparedSeries(MetricSeries series, MinMaxPyramid pyramid, Optional<BaselineDeparture> departure,
                      ColumnCache columns) {

    static PreparedSeries of(MetricSeries series) {
        MinMaxPyramid pyramid = MinMaxPyramid.build(series.timestamps(), series.values());
        return new PreparedSeries(series, pyramid, BaselineDeparture.find(series), new ColumnCache(pyramid));
    }

    /** Whether {@code other} has the same points: the same id and the very same arrays (series are immutable). */
    boolean holds(MetricSeries other) {
        return series.id().equals(other.id()) && series.timestamps() == other.timestamps()
                && series.values() == other.values();
    }

    PreparedSeries with(MetricSeries renamed) {
        return new PreparedSeries(renamed, pyramid, departure, columns);
    }
}
