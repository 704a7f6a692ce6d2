package dev.aftermath.importing.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Source;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.work.Progress;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte-level fast paths give exactly what {@link Instant#parse} and {@link Double#parseDouble} give. A quarter
 * of a million rows keeps the test to seconds on a shared machine; the benchmark reads a million.
 */
class FastPathExactnessTest {

    private static final int ROWS = 250_000;

    @Test
    void generatedRowsMatchTheJdkParsersExactly() {
        Random random = new Random(42);
        String[] times = new String[ROWS];
        String[][] cells = new String[3][ROWS];
        long[] expectedTimes = new long[ROWS];
        double[][] expectedValues = new double[3][ROWS];
        StringBuilder csv = new StringBuilder(ROWS * 64).append("time,short,long,mixed\n");
        long start = Instant.parse("1999-12-31T23:00:00Z").toEpochMilli();
        for (int row = 0; row < ROWS; row++) {
            times[row] = Instant.ofEpochMilli(start + row * 997L + random.nextInt(997)).toString();
            cells[0][row] = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(8)).toPlainString();
            cells[1][row] = Double.toString((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20));
            cells[2][row] = mixed(random);
            expectedTimes[row] = Instant.parse(times[row]).toEpochMilli();
            for (int column = 0; column < 3; column++) {
                expectedValues[column][row] = Double.parseDouble(cells[column][row]);
            }
            csv.append(times[row]).append(',').append(cells[0][row]).append(',').append(cells[1][row]).append(',')
                    .append(cells[2][row]).append('\n');
        }
        ImportResult result = new MetricsCsvImporter().read(Source.ofText("generated.csv", csv.toString()),
                ImportOptions.DEFAULT, Progress.NONE);

        List<MetricSeries> series = result.incidents().get(0).series();
        assertEquals(3, series.size());
        for (int row = 0; row < ROWS; row++) {
            if (series.get(0).timestamps()[row] != expectedTimes[row]) {
                fail("row " + row + ": " + times[row] + " read as " + series.get(0).timestamps()[row]);
            }
            for (int column = 0; column < 3; column++) {
                double expected = expectedValues[column][row];
                double actual = series.get(column).values()[row];
                if (Double.doubleToLongBits(expected) != Double.doubleToLongBits(actual)) {
                    fail("row " + row + ": " + cells[column][row] + " read as " + actual + ", not " + expected);
                }
            }
        }
    }

    /** Plain decimals of every length up to 19 digits, negative zero and exponent forms. */
    private static String mixed(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "-0.0";
            case 1 -> random.nextInt(1000) + "e" + (random.nextInt(40) - 20);
            case 2 -> BigDecimal.valueOf(random.nextLong(), random.nextInt(19)).toPlainString();
            default -> Double.toString(random.nextGaussian() * 1000);
        };
    }
}
