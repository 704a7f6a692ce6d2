package dev.aftermath.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitScaleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "50000000000 | B | 50 GB",
        "1234567 | B | 1.23 MB",
        "999999 | B | 1 MB",
        "950 | B | 950 B",
        "1500 | bytes | 1.5 kB",
        "0.5 | MB | 500 kB",
        "2048 | MB | 2.05 GB",
        "3.2e15 | B | 3.2 PB",
        "5e18 | B | 5,000 PB",
        "-2500000 | B | -2.5 MB",
        "125000000 | B/s | 125 MB/s",
        "1536 | KiB | 1.5 MiB",
        "1000 | KiB | 1,000 KiB",
        "4.5e9 | bit | 4.5 Gbit",
        "12000 | kbps | 12 Mbps",
        "12500 | req/s | 12.5k req/s",
        "9990 | req/s | 9,990 req/s",
        "2300000 | '' | 2.3M",
        "45000 | ms | 45,000 ms",
        "0 | B | 0 B",
        "12.5 | % | 12.5%"})
    void writesLargeValuesInLargerUnitsWithThreeSignificantDigits(double value, String unit, String expected) {
        assertEquals(expected, MetricText.value(value, unit));
    }
}
