package dev.aftermath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            plain ASCII                  | Checkout down    | 13
            accented, precomposed        | Café Zürich      | 11
            accent as a combining mark   | Cafe\u0301        | 4
            Chinese                      | 数据库故障        | 10
            Japanese kana                | エラー            | 6
            Korean                       | 결제 오류         | 9
            fullwidth Latin              | ＡＢＣ            | 6
            emoji                        | down 🔥           | 7
            emoji in the BMP             | ☕                | 2
            text symbol made emoji       | \u2764\uFE0F      | 2
            emoji with a skin tone       | 👍🏽               | 2
            family joined by ZWJ         | 👨‍👩‍👧             | 2
            flag                         | 🇫🇷               | 2
            """)
    void countsTerminalColumns(String what, String text, int columns) {
        assertEquals(columns, DisplayWidth.of(text));
    }

    @Test
    void shortenedTextFitsTheColumnsAndEndsWithAnEllipsis() {
        String shortened = DisplayWidth.shortened("数据库".repeat(10), 9);

        assertEquals("数据库数…", shortened);
        assertEquals(9, DisplayWidth.of(shortened));
    }

    @Test
    void shorteningNeverSplitsAnEmojiInTwo() {
        String shortened = DisplayWidth.shortened("a".repeat(8) + "🔥🔥", 10);

        assertEquals("a".repeat(8) + "…", shortened);
    }

    @Test
    void textThatFitsIsKeptWhole() {
        assertEquals("数据库", DisplayWidth.shortened("数据库", 6));
    }
}
