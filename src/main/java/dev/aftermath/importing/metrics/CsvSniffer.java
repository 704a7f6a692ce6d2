package dev.aftermath.importing.metrics;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportWarning;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Works out a CSV table's dialect from its first rows: the delimiter, where the header and the data start (skipping
 * a preamble such as AWS console downloads carry), the time column and its format, how numbers are written, and
 * which columns hold numbers. Reads at most {@value #SAMPLE_ROWS} rows.
 */
final class CsvSniffer {

    static final int SAMPLE_ROWS = 100;
    private static final byte[] DELIMITERS = {'\t', ';', ',', '|'};
    private static final Pattern TIME_HEADER = Pattern.compile(
            "(?i).*\\b(time|timestamp|date|datetime|zeit|datum|uhrzeit|heure|fecha|hora|ts|timebucket)\\b.*");
    private static final Pattern SERIES_HEADER = Pattern.compile("(?i)series|serie|metric|metric name|name|__name__");
    private static final Pattern LEADING_NUMBER = Pattern.compile("[+-]?[\\d.,\u00a0\u202f' ]*\\d");
    private static final Pattern VALUE_HEADER = Pattern.compile("(?i)value|val|wert|valeur|valor");

    private final byte[] buffer;
    private final int start;
    private final int end;
    private final String file;
    private final int firstLine;
    private final LocalTimes localTimes;

    CsvSniffer(byte[] buffer, int start, int end, String file, int firstLine, LocalTimes localTimes) {
        this.buffer = buffer;
        this.start = start;
        this.end = end;
        this.file = file;
        this.firstLine = firstLine;
        this.localTimes = localTimes;
    }

    /** @param forcedDelimiter from a {@code sep=} line, or 0 to sniff */
    CsvLayout sniff(byte forcedDelimiter) {
        int read = localTimes.readCount();
        int doubtful = localTimes.doubtfulCount();
        try {
            return sniffLayout(forcedDelimiter);
        } finally {
            localTimes.restoreCounts(read, doubtful);
        }
    }

    private CsvLayout sniffLayout(byte forcedDelimiter) {
        byte delimiter = forcedDelimiter != 0 ? forcedDelimiter : sniffDelimiter();
        List<SampleRow> rows = sample(delimiter);
        int width = modalWidth(rows.stream().map(row -> row.cells().size()).toList());
        if (width < 2) {
            throw new ImportException(file, firstLine, null, "found only one column; a metrics CSV needs a time "
                    + "column and at least one value column, separated by commas, semicolons or tabs");
        }
        List<ImportWarning> notes = new ArrayList<>();
        int first = firstDataRow(rows, width);
        SampleRow header = headerOf(rows, first, width);
        List<SampleRow> data = rows.subList(first, rows.size()).stream()
                .filter(row -> row.cells().size() >= width - 1).toList();
        int timeColumn = timeColumn(header, data, width, NumberStyle.DECIMAL_POINT, false);
        NumberStyle numbers = numberStyleOf(cellsExcept(data, width, timeColumn), delimiter);
        if (timeColumn < 0) {
            timeColumn = timeColumn(header, data, width, numbers, true);
        }
        if (timeColumn < 0) {
            throw new ImportException(file, rows.get(first).line(), null, "found no column of times (ISO-8601, "
                    + "epoch seconds or milliseconds, dates such as 22.11.2023 09:25:00 or Excel date serials)");
        }
        TimeFormat format = TimeFormatSniffer.sniff(column(data, timeColumn), localTimes, numbers, true);
        if (format instanceof NumericDateTimeFormat && TimeFormatSniffer.dayFirstIsAGuess(column(data, timeColumn))) {
            notes.add(new ImportWarning(file, rows.get(first).line(), "no date in the first rows has a day above 12, "
                    + "so day and month cannot be told apart; read as day/month/year"));
        }
        noteSkippedPreamble(rows, first, header, notes);
        CsvLayout layout = longLayout(delimiter, numbers, rows.get(first), header, timeColumn, format, data, notes);
        if (layout != null) {
            return layout;
        }
        List<CsvLayout.ValueColumn> values = valueColumns(header, data, width, timeColumn, numbers, notes);
        return new CsvLayout(delimiter, numbers, rows.get(first).offset(), rows.get(first).line(), timeColumn,
                format, -1, values, notes);
    }

    /**
     * The delimiter that splits the most rows into the same number of fields (two or more). When none does and the
     * rows could not even be split with one of them (a quote never closed), that is what is wrong with the file.
     */
    private byte sniffDelimiter() {
        byte best = ',';
        int bestScore = 0;
        ImportException firstUnreadable = null;
        for (byte candidate : DELIMITERS) {
            List<Integer> widths;
            try {
                widths = fieldCounts(candidate);
            } catch (ImportException unreadable) {
                firstUnreadable = firstUnreadable == null ? unreadable : firstUnreadable;
                continue;
            }
            int width = modalWidth(widths);
            int score = width < 2 ? 0 : (int) widths.stream().filter(count -> count == width).count();
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (bestScore == 0 && firstUnreadable != null) {
            throw firstUnreadable;
        }
        return best;
    }

    /** Fields per row of the rows {@link #sample} would read, counted without decoding them. */
    private List<Integer> fieldCounts(byte delimiter) {
        CsvCursor cursor = new CsvCursor(buffer, start, end, delimiter, file, firstLine);
        List<Integer> counts = new ArrayList<>();
        while (!cursor.atEnd() && counts.size() < SAMPLE_ROWS) {
            if (cursor.atBlankRow()) {
                if (counts.size() >= 2) {
                    break;
                }
                cursor.nextRow();
                continue;
            }
            int fields = 1;
            while (cursor.readField()) {
                fields++;
            }
            counts.add(fields);
            cursor.nextRow();
        }
        return counts;
    }

    /** The first rows up to a blank line (which ends a Grafana frame) or {@value #SAMPLE_ROWS} rows. */
    private List<SampleRow> sample(byte delimiter) {
        CsvCursor cursor = new CsvCursor(buffer, start, end, delimiter, file, firstLine);
        List<SampleRow> rows = new ArrayList<>();
        while (!cursor.atEnd() && rows.size() < SAMPLE_ROWS) {
            if (cursor.atBlankRow()) {
                if (rows.size() >= 2) {
                    break;
                }
                cursor.nextRow();
                continue;
            }
            int line = cursor.rowLine();
            int offset = cursor.rowStart();
            List<String> cells = new ArrayList<>();
            boolean more;
            do {
                more = cursor.readField();
                cells.add(CsvText.decode(cursor.fieldBytes(), cursor.fieldStart(), cursor.fieldEnd()));
            } while (more);
            rows.add(new SampleRow(line, offset, cells));
            cursor.nextRow();
        }
        if (rows.isEmpty()) {
            throw new ImportException(file, "the file holds no rows");
        }
        return rows;
    }

    /** The most common number of fields per row; ties go to the wider. */
    static int modalWidth(List<Integer> widths) {
        if (widths.isEmpty()) {
            return 0;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        widths.forEach(width -> counts.merge(width, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }

    /** The first full-width row with a cell that reads as a time; failing that, the first full-width row after a
     * textual one (a header), for files whose times are Excel serials. */
    private int firstDataRow(List<SampleRow> rows, int width) {
        for (int i = 0; i < rows.size(); i++) {
            SampleRow row = rows.get(i);
            if (row.cells().size() == width
                    && row.cells().stream().anyMatch(cell -> TimeFormatSniffer.looksLikeTime(cell, localTimes))) {
                return i;
            }
        }
        for (int i = 0; i + 1 < rows.size(); i++) {
            if (rows.get(i).cells().size() == width && rows.get(i + 1).cells().size() == width) {
                return i + 1;
            }
        }
        return 0;
    }

    private static SampleRow headerOf(List<SampleRow> rows, int first, int width) {
        if (first == 0) {
            return null;
        }
        SampleRow candidate = rows.get(first - 1);
        return Math.abs(candidate.cells().size() - width) <= 1 ? candidate : null;
    }

    private int timeColumn(SampleRow header, List<SampleRow> data, int width, NumberStyle numbers,
                           boolean excelOnly) {
        List<Integer> order = IntStream.range(0, width).boxed()
                .sorted((a, b) -> Boolean.compare(!isTimeHeader(header, a), !isTimeHeader(header, b)))
                .toList();
        for (int column : order) {
            boolean excelAllowed = isTimeHeader(header, column) || (column == 0 && excelOnly);
            if (excelOnly && !excelAllowed) {
                continue;
            }
            if (TimeFormatSniffer.sniff(column(data, column), localTimes, numbers, excelAllowed) != null) {
                return column;
            }
        }
        return -1;
    }

    private static boolean isTimeHeader(SampleRow header, int column) {
        return header != null && TIME_HEADER.matcher(header.cell(column)).matches();
    }

    /**
     * Decimal comma or point, from the numbers' shapes: a separator followed by other than three digits is a
     * decimal separator; when both appear, the later one is. {@code 1,234} alone is ambiguous: read as a decimal
     * comma where commas cannot be the delimiter, as a thousands separator otherwise.
     */
    static NumberStyle numberStyleOf(List<String> cells, byte delimiter) {
        int comma = 0;
        int point = 0;
        int ambiguousComma = 0;
        for (String raw : cells) {
            String cell = raw.strip();
            Matcher leading = LEADING_NUMBER.matcher(cell);
            if (!leading.lookingAt()) {
                continue;
            }
            String number = leading.group();
            int lastComma = number.lastIndexOf(',');
            int lastPoint = number.lastIndexOf('.');
            if (lastComma >= 0 && lastPoint >= 0) {
                if (lastComma > lastPoint) {
                    comma++;
                } else {
                    point++;
                }
            } else if (lastComma >= 0) {
                boolean single = number.indexOf(',') == lastComma;
                if (!single) {
                    point++;
                } else if (number.length() - lastComma - 1 != 3) {
                    comma++;
                } else {
                    ambiguousComma++;
                }
            } else if (lastPoint >= 0) {
                boolean single = number.indexOf('.') == lastPoint;
                if (!single) {
                    comma++;
                } else if (number.length() - lastPoint - 1 != 3) {
                    point++;
                }
            }
        }
        if (comma != point) {
            return comma > point ? NumberStyle.DECIMAL_COMMA : NumberStyle.DECIMAL_POINT;
        }
        return ambiguousComma > 0 && delimiter != ',' ? NumberStyle.DECIMAL_COMMA : NumberStyle.DECIMAL_POINT;
    }

    private CsvLayout longLayout(byte delimiter, NumberStyle numbers, SampleRow first, SampleRow header,
                                 int timeColumn, TimeFormat format, List<SampleRow> data,
                                 List<ImportWarning> notes) {
        if (header == null) {
            return null;
        }
        int series = indexOf(header, SERIES_HEADER, timeColumn);
        int value = indexOf(header, VALUE_HEADER, timeColumn);
        if (series < 0 || value < 0 || isNumeric(column(data, series), numbers)) {
            return null;
        }
        String unit = commonUnit(column(data, value), numbers);
        return new CsvLayout(delimiter, numbers, first.offset(), first.line(), timeColumn, format, series,
                List.of(new CsvLayout.ValueColumn(value, header.cell(value), unit)), notes);
    }

    private static int indexOf(SampleRow header, Pattern name, int except) {
        for (int i = 0; i < header.cells().size(); i++) {
            if (i != except && name.matcher(header.cell(i).strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    private List<CsvLayout.ValueColumn> valueColumns(SampleRow header, List<SampleRow> data, int width,
                                                     int timeColumn, NumberStyle numbers,
                                                     List<ImportWarning> notes) {
        int columns = header == null ? width : Math.max(width, header.cells().size());
        List<CsvLayout.ValueColumn> values = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            if (column == timeColumn) {
                continue;
            }
            List<String> cells = column(data, column);
            String name = header == null ? "" : header.cell(column).strip();
            if (isNumeric(cells, numbers)) {
                values.add(new CsvLayout.ValueColumn(column, name, commonUnit(cells, numbers)));
            } else {
                notes.add(new ImportWarning(file, header == null ? null : header.line(),
                        "column " + (column + 1) + (name.isEmpty() ? "" : " '" + name + "'")
                                + " does not hold numbers; ignored"));
            }
        }
        if (values.isEmpty()) {
            throw new ImportException(file, data.isEmpty() ? null : data.get(0).line(), null,
                    "found no column of numbers next to the time column");
        }
        return values;
    }

    /** Numeric when most cells that are not gaps read as numbers; a column of gaps only counts as numeric. */
    private static boolean isNumeric(List<String> cells, NumberStyle numbers) {
        DecimalParser parser = new DecimalParser(numbers);
        int present = 0;
        int read = 0;
        for (String cell : cells) {
            byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
            double value = parser.parse(bytes, 0, bytes.length);
            boolean gap = parser.readable() && Double.isNaN(value);
            if (!gap) {
                present++;
                read += parser.readable() ? 1 : 0;
            }
        }
        return read * 100 >= present * TimeFormatSniffer.MIN_SHARE_PERCENT;
    }

    /** The unit most cells carry after their number ({@code ms} in {@code 230 ms}), or "". */
    private static String commonUnit(List<String> cells, NumberStyle numbers) {
        DecimalParser parser = new DecimalParser(numbers);
        Map<String, Integer> units = new HashMap<>();
        for (String cell : cells) {
            byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
            parser.parse(bytes, 0, bytes.length);
            if (parser.readable() && parser.hasUnit()) {
                units.merge(CsvText.decode(bytes, parser.unitStart(), parser.unitEnd()), 1, Integer::sum);
            }
        }
        return units.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    private void noteSkippedPreamble(List<SampleRow> rows, int first, SampleRow header, List<ImportWarning> notes) {
        int preambleRows = header == null ? first : first - 1;
        if (preambleRows > 0) {
            notes.add(new ImportWarning(file, rows.get(0).line(), String.format(Locale.ROOT,
                    "skipped %d line(s) before the %s", preambleRows, header == null ? "data" : "header")));
        }
    }

    private static List<String> column(List<SampleRow> rows, int column) {
        return rows.stream().map(row -> row.cell(column)).toList();
    }

    private static List<String> cellsExcept(List<SampleRow> rows, int width, int except) {
        List<String> cells = new ArrayList<>();
        for (SampleRow row : rows) {
            for (int column = 0; column < Math.min(width, row.cells().size()); column++) {
                if (column != except) {
                    cells.add(row.cell(column));
                }
            }
        }
        return cells;
    }
}
