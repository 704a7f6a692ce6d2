package dev.aftermath.importing.metrics;

import dev.aftermath.importing.ImportWarning;
import java.util.List;

/**
 * How one table in a CSV file is laid out, as sniffed from its first rows.
 *
 * @param dataStart byte offset of the first data row
 * @param dataLine 1-based line of the first data row
 * @param seriesColumn the column naming each row's series in the long layout ({@code Series;Time;Value}), or -1
 *                     when every value column is a series of its own
 * @param notes things the sniffing decided that a user should know (skipped preamble, ignored text columns)
 */
record CsvLayout(byte delimiter, NumberStyle numbers, int dataStart, int dataLine, int timeColumn,
                 TimeFormat timeFormat, int seriesColumn, List<ValueColumn> valueColumns, List<ImportWarning> notes) {

    CsvLayout {
        valueColumns = List.copyOf(valueColumns);
        notes = List.copyOf(notes);
    }

    boolean longLayout() {
        return seriesColumn >= 0;
    }

    /**
     * @param header the column's heading as written, or "" when the file has no header row
     * @param cellUnit the unit written after the numbers in the column's cells, or ""
     */
    record ValueColumn(int index, String header, String cellUnit) {
    }
}
