package dev.aftermath.timeline;

/**
 * A series reduced to pixel columns (M4: first, last, minimum and maximum value per column, after Jugel et al.,
 * VLDB 2014), plus the mean for a readable centre line. A column without values (no points, or only NaN gaps) has
 * a count of 0 and NaN everywhere.
 */
public record ColumnAggregates(int columns, double[] first, double[] last, double[] min, double[] max, double[] mean,
                               int[] count) {

    public static ColumnAggregates empty(int columns) {
        ColumnAggregates aggregates = new ColumnAggregates(columns, new double[columns], new double[columns],
                new double[columns], new double[columns], new double[columns], new int[columns]);
        for (int c = 0; c < columns; c++) {
            aggregates.clear(c);
        }
        return aggregates;
    }

    void clear(int column) {
        first[column] = Double.NaN;
        last[column] = Double.NaN;
        min[column] = Double.NaN;
        max[column] = Double.NaN;
        mean[column] = Double.NaN;
        count[column] = 0;
    }

    public boolean hasValues(int column) {
        return count[column] > 0;
    }
}
