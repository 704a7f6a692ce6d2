package dev.aftermath.importing.metrics;

import dev.aftermath.model.MetricSeries;
import dev.aftermath.work.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the rows of one table, laid out as sniffed, into primitive columns: no objects per row, so a million rows
 * cost their eight bytes per cell and little else. A row whose time cannot be read is skipped with a warning; a
 * cell whose number cannot be read becomes a gap with a warning. A row that fails after a blank line ends the table:
 * Grafana separates the frames of one download that way, each with its own header.
 */
final class CsvTableReader {

    private static final int PROGRESS_ROWS = 1 << 16;

    private final byte[] buffer;
    private final int end;
    private final String file;
    private final CsvLayout layout;
    private final Warnings warnings;
    private final Progress progress;
    private final DecimalParser numbers;
    private final CellUnits units;
    private int nextTableStart;
    private int nextTableLine;

    CsvTableReader(byte[] buffer, int end, String file, CsvLayout layout, Warnings warnings, Progress progress) {
        this.buffer = buffer;
        this.end = end;
        this.file = file;
        this.layout = layout;
        this.warnings = warnings;
        this.progress = progress;
        this.numbers = new DecimalParser(layout.numbers());
        this.units = new CellUnits(layout, warnings);
        this.nextTableStart = end;
    }

    /** Where the next table of the file starts, or the end of the buffer when none follows. */
    int nextTableStart() {
        return nextTableStart;
    }

    int nextTableLine() {
        return nextTableLine;
    }

    List<MetricSeries> read() {
        return layout.longLayout() ? readLong() : readWide();
    }

    private List<MetricSeries> readWide() {
        List<CsvLayout.ValueColumn> columns = layout.valueColumns();
        int[] slotOfField = slots(columns);
        int[] fieldOfSlot = columns.stream().mapToInt(CsvLayout.ValueColumn::index).toArray();
        int timeColumn = layout.timeColumn();
        TimeFormat format = layout.timeFormat();
        int capacity = RowEstimate.rowsFrom(buffer, layout.dataStart(), end);
        long[] times = new long[capacity];
        double[][] values = new double[columns.size()][capacity];
        int rows = 0;
        int seen = 0;
        boolean afterBlank = false;
        CsvCursor cursor = new CsvCursor(buffer, layout.dataStart(), end, layout.delimiter(), file, layout.dataLine());
        while (!cursor.atEnd()) {
            if (cursor.atBlankRow()) {
                cursor.nextRow();
                afterBlank = true;
                continue;
            }
            if (afterBlank && !rowHasTime(cursor)) {
                nextTableStart = cursor.rowStart();
                nextTableLine = cursor.rowLine();
                break;
            }
            if (rows == times.length) {
                capacity = RowEstimate.grown(capacity);
                times = Arrays.copyOf(times, capacity);
                for (int slot = 0; slot < values.length; slot++) {
                    values[slot] = Arrays.copyOf(values[slot], capacity);
                }
            }
            long time = TimeFormat.NOT_A_TIME;
            int field = 0;
            boolean more;
            do {
                int start = cursor.position();
                if (field == timeColumn) {
                    long prefix = format.readPrefix(buffer, start, end);
                    if (prefix != TimeFormat.NOT_A_TIME && cursor.endsFieldAt(format.prefixEnd())) {
                        time = prefix;
                        more = cursor.finishField(format.prefixEnd());
                    } else {
                        more = cursor.readField();
                        time = format.toEpochMillis(cursor.fieldBytes(), cursor.fieldStart(), cursor.fieldEnd());
                    }
                } else if (field < slotOfField.length && slotOfField[field] >= 0) {
                    int slot = slotOfField[field];
                    int numberEnd = numbers.parsePlain(buffer, start, end);
                    if (numberEnd >= 0 && cursor.endsFieldAt(numberEnd)) {
                        values[slot][rows] = numbers.plainValue();
                        more = cursor.finishField(numberEnd);
                    } else {
                        more = cursor.readField();
                        values[slot][rows] = cell(slot, cursor);
                    }
                } else {
                    more = cursor.readField();
                }
                field++;
            } while (more);
            for (int slot = 0; slot < fieldOfSlot.length; slot++) {
                if (fieldOfSlot[slot] >= field) {
                    values[slot][rows] = Double.NaN;
                }
            }
            if (time != TimeFormat.NOT_A_TIME) {
                times[rows++] = time;
            } else {
                warnings.add(cursor.rowLine(), "skipped: the time cannot be read as " + format.description());
            }
            afterBlank = false;
            cursor.nextRow();
            if (++seen % PROGRESS_ROWS == 0) {
                progress.checkCancelled();
                progress.worked(cursor.rowStart(), end);
            }
        }
        return wideSeries(times, values, rows);
    }

    /** Looks ahead at a row's time without reading the row, to tell a new table's header from a bad row. */
    private boolean rowHasTime(CsvCursor cursor) {
        CsvCursor ahead = new CsvCursor(buffer, cursor.rowStart(), end, layout.delimiter(), file, cursor.rowLine());
        for (int field = 0; field < layout.timeColumn(); field++) {
            if (!ahead.readField()) {
                return false;
            }
        }
        ahead.readField();
        return layout.timeFormat().toEpochMillis(ahead.fieldBytes(), ahead.fieldStart(), ahead.fieldEnd())
                != TimeFormat.NOT_A_TIME;
    }

    private double cell(int slot, CsvCursor cursor) {
        byte[] bytes = cursor.fieldBytes();
        double value = numbers.parse(bytes, cursor.fieldStart(), cursor.fieldEnd());
        if (!numbers.readable()) {
            warnings.add(cursor.rowLine(), "column '" + layout.valueColumns().get(slot).header() + "': '"
                    + CsvText.decode(bytes, cursor.fieldStart(), cursor.fieldEnd()).strip()
                    + "' is not a number; read as a gap");
            return Double.NaN;
        }
        return numbers.hasUnit() ? units.convert(slot, value, bytes, numbers, cursor.rowLine()) : value;
    }

    private List<MetricSeries> wideSeries(long[] times, double[][] values, int rows) {
        long[] sortedTimes = TimeOrder.sort(times, values, rows);
        List<CsvLayout.ValueColumn> columns = layout.valueColumns();
        List<String> names = SeriesNames.unique(columns.stream().map(this::nameOf).toList());
        List<MetricSeries> series = new ArrayList<>();
        for (int slot = 0; slot < columns.size(); slot++) {
            double[] column = values[slot].length == rows ? values[slot] : Arrays.copyOf(values[slot], rows);
            if (rows > 0 && allGaps(column)) {
                warnings.add(layout.dataLine(), "column '" + names.get(slot) + "' holds no values; skipped");
                continue;
            }
            if (rows > 0) {
                series.add(new MetricSeries(UUID.randomUUID(), names.get(slot), unitOf(columns.get(slot)),
                        sortedTimes, column));
            }
        }
        return series;
    }

    private List<MetricSeries> readLong() {
        Map<String, LongLayoutSeries> bySeries = new LinkedHashMap<>();
        int seriesColumn = layout.seriesColumn();
        int valueColumn = layout.valueColumns().get(0).index();
        CsvCursor cursor = new CsvCursor(buffer, layout.dataStart(), end, layout.delimiter(), file, layout.dataLine());
        int rows = 0;
        while (!cursor.atEnd()) {
            if (cursor.atBlankRow()) {
                cursor.nextRow();
                continue;
            }
            long time = TimeFormat.NOT_A_TIME;
            double value = Double.NaN;
            String name = null;
            int field = 0;
            boolean more;
            do {
                more = cursor.readField();
                if (field == layout.timeColumn()) {
                    time = layout.timeFormat().toEpochMillis(cursor.fieldBytes(), cursor.fieldStart(),
                            cursor.fieldEnd());
                } else if (field == seriesColumn) {
                    name = CsvText.decode(cursor.fieldBytes(), cursor.fieldStart(), cursor.fieldEnd()).strip();
                } else if (field == valueColumn) {
                    value = cell(0, cursor);
                }
                field++;
            } while (more);
            if (time == TimeFormat.NOT_A_TIME || name == null) {
                warnings.add(cursor.rowLine(), time == TimeFormat.NOT_A_TIME
                        ? "skipped: the time cannot be read as " + layout.timeFormat().description()
                        : "skipped: the row names no series");
            } else {
                bySeries.computeIfAbsent(name, key -> new LongLayoutSeries()).add(time, value);
            }
            cursor.nextRow();
            if (++rows % PROGRESS_ROWS == 0) {
                progress.checkCancelled();
                progress.worked(cursor.rowStart(), end);
            }
        }
        String unit = unitOf(layout.valueColumns().get(0));
        List<MetricSeries> series = new ArrayList<>();
        bySeries.forEach((name, points) -> series.add(points.toSeries(SeriesNames.readable(name), unit)));
        return series;
    }

    private String nameOf(CsvLayout.ValueColumn column) {
        String name = SeriesNames.fromHeader(column.header()).name();
        if (name.isEmpty()) {
            return "column " + (column.index() + 1);
        }
        boolean generic = name.equalsIgnoreCase("value") && layout.valueColumns().size() == 1;
        return generic ? FileStem.seriesName(file, name) : name;
    }

    private static String unitOf(CsvLayout.ValueColumn column) {
        String fromHeader = SeriesNames.fromHeader(column.header()).unit();
        return fromHeader.isEmpty() ? column.cellUnit() : fromHeader;
    }

    private int[] slots(List<CsvLayout.ValueColumn> columns) {
        int widest = columns.stream().mapToInt(CsvLayout.ValueColumn::index).max().orElse(0);
        int[] slots = new int[widest + 1];
        Arrays.fill(slots, -1);
        for (int slot = 0; slot < columns.size(); slot++) {
            slots[columns.get(slot).index()] = slot;
        }
        return slots;
    }

    private static boolean allGaps(double[] values) {
        for (double value : values) {
            if (!Double.isNaN(value)) {
                return false;
            }
        }
        return true;
    }
}
