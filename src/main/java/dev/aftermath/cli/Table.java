package dev.aftermath.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text columns, left-aligned, two spaces apart; the last column is not padded. Cells are measured in
 * terminal columns, so titles in Chinese or with emoji keep the columns after them in line.
 */
final class Table {

    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        rows.add(header);
    }

    void add(String... cells) {
        rows.add(cells);
    }

    void print(PrintWriter out) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int column = 0; column < columns; column++) {
                widths[column] = Math.max(widths[column], DisplayWidth.of(row[column]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < columns; column++) {
                line.append(row[column]);
                if (column < columns - 1) {
                    line.append(" ".repeat(widths[column] - DisplayWidth.of(row[column]) + 2));
                }
            }
            out.println(line);
        }
    }
}
