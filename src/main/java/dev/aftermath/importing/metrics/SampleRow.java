package dev.aftermath.importing.metrics;

import java.util.List;

/** A row read during sniffing, with where it starts so that parsing can begin there. */
record SampleRow(int line, int offset, List<String> cells) {

    String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
