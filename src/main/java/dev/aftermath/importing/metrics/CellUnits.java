package dev.aftermath.importing.metrics;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps each column's values in the unit most of its cells carry. A cell in another unit of the same family is
 * converted ({@code 1.2 s} in a column of {@code ms}); one that cannot be converted is kept as written, with one
 * warning per unit.
 */
final class CellUnits {

    private final List<CsvLayout.ValueColumn> columns;
    private final byte[][] expected;
    private final Warnings warnings;
    private final Set<String> warned = new HashSet<>();

    CellUnits(CsvLayout layout, Warnings warnings) {
        this.columns = layout.valueColumns();
        this.expected = columns.stream()
                .map(column -> column.cellUnit().getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        this.warnings = warnings;
    }

    double convert(int slot, double value, byte[] bytes, DecimalParser parsed, int line) {
        if (Arrays.equals(bytes, parsed.unitStart(), parsed.unitEnd(), expected[slot], 0, expected[slot].length)) {
            return value;
        }
        String unit = CsvText.decode(bytes, parsed.unitStart(), parsed.unitEnd());
        String target = columns.get(slot).cellUnit();
        double factor = UnitScale.factor(unit, target);
        if (!Double.isNaN(factor)) {
            return value * factor;
        }
        if (warned.add(slot + "\u0000" + unit)) {
            warnings.add(line, "column '" + columns.get(slot).header() + "': unit '" + unit + "' differs from '"
                    + target + "' and cannot be converted; values kept as written");
        }
        return value;
    }
}
