package dev.aftermath.importing.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalParserTest {

    @ParameterizedTest(name = "''{0}'' ({1}) = {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            12.5              | POINT | 12.5         |
            -0.001            | POINT | -0.001       |
            +3                | POINT | 3            |
            .5                | POINT | 0.5          |
            1,234.5           | POINT | 1234.5       |
            1,234,567         | POINT | 1234567      |
            1.5e-3            | POINT | 0.0015       |
            6.02E23           | POINT | 6.02E23      |
            0.1234567890123456789 | POINT | 0.12345678901234568 |
            12,5              | COMMA | 12.5         |
            1.234,5           | COMMA | 1234.5       |
            1.000.000         | COMMA | 1000000      |
            1 234,5           | COMMA | 1234.5       |
            1\u00a0234,5      | COMMA | 1234.5       |
            1'234.5           | POINT | 1234.5       |
            230 ms            | POINT | 230          | ms
            12%               | POINT | 12           | %
            1.20 K            | POINT | 1.2          | K
            '-5               | POINT | -5           |
            """)
    void readsNumbersAsSpreadsheetsWriteThem(String cell, String style, double expected, String unit) {
        DecimalParser parser = parser(style);
        byte[] bytes = cell.replace("\\u00a0", "\u00a0").getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, parser.parse(bytes, 0, bytes.length), 1e-12);
        assertTrue(parser.readable());
        String readUnit = parser.hasUnit()
                ? new String(bytes, parser.unitStart(), parser.unitEnd() - parser.unitStart(), StandardCharsets.UTF_8)
                : null;
        assertEquals(unit, readUnit);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "  ", "null", "NULL", "NaN", "undefined", "#N/A", "N/A", "n/a", "-", "--"})
    void readsMissingValueWordsAsGaps(String cell) {
        DecimalParser parser = parser("POINT");
        byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
        assertTrue(Double.isNaN(parser.parse(bytes, 0, bytes.length)));
        assertTrue(parser.readable());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"+Inf,Infinity", "Inf,Infinity", "-Inf,-Infinity", "-Infinity,-Infinity"})
    void readsInfinities(String cell, double expected) {
        DecimalParser parser = parser("POINT");
        byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, parser.parse(bytes, 0, bytes.length));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"abc", "12:30", "2023-11-22", "1.2.3x4", "v2", "12 per second please"})
    void refusesCellsThatAreNoNumbers(String cell) {
        DecimalParser parser = parser("POINT");
        byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
        parser.parse(bytes, 0, bytes.length);
        assertFalse(parser.readable());
    }

    @ParameterizedTest(name = "{0} -> decimal comma: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0.5, 12.25, 3                 | ,  | false
            0,5; 12,25; 3                 | ;  | true
            1.234,5; 2.000,25             | ;  | true
            1,234.5; 2,000.25             | ;  | false
            1,234; 2,345                  | ;  | true
            1,234; 2,345                  | ,  | false
            1.234; 2.345                  | ;  | false
            1.234.567                     | ;  | true
            230 ms; 1,5 s                 | ;  | true
            """)
    void tellsDecimalCommaFromDecimalPoint(String cells, String delimiter, boolean decimalComma) {
        var list = Arrays.stream(cells.split(cells.contains(";") ? ";" : ",(?= )")).map(String::strip).toList();
        assertEquals(decimalComma, CsvSniffer.numberStyleOf(list, (byte) delimiter.charAt(0)).decimalComma());
    }

    private static DecimalParser parser(String style) {
        return new DecimalParser(style.equals("COMMA") ? NumberStyle.DECIMAL_COMMA : NumberStyle.DECIMAL_POINT);
    }
}
