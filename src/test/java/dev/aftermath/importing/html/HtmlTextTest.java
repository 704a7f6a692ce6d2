package dev.aftermath.importing.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlTextTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("plain text", "plain text"),
                Arguments.of("one<br>two<br/>three<BR />four", "one\ntwo\nthree\nfour"),
                Arguments.of("first<br /><br />second", "first\n\nsecond"),
                Arguments.of("<p>first</p><p>second</p>", "first\n\nsecond"),
                Arguments.of("line one\r\nline two\r\n\r\nnew paragraph", "line one\nline two\n\nnew paragraph"),
                Arguments.of("a <strong>bold</strong> <a href=\"https://x.example\" target=\"_blank\">link</a>",
                        "a bold link"),
                Arguments.of("Tom &amp; Jerry &lt;b&gt; &quot;q&quot; &apos;a&apos; &#39;b&#39; &#x2014; &eacute;",
                        "Tom & Jerry <b> \"q\" 'a' 'b' \u2014 \u00e9"),
                Arguments.of("99&nbsp;% ready", "99 % ready"),
                Arguments.of("&amp;nbsp; decodes once", "&nbsp; decodes once"),
                Arguments.of("latency < 5 ms and 3<4", "latency < 5 ms and 3<4"),
                Arguments.of("unknown &bogus; and &#xD800; and bare & sign", "unknown &bogus; and \uFFFD and bare & sign"),
                Arguments.of("a<!-- hidden <b>note</b> -->b", "ab"),
                Arguments.of("<style>p { color: red }</style>shown<script>alert(1)</script>", "shown"),
                Arguments.of("<ul><li>one</li><li>two</li></ul>", "- one\n- two"),
                Arguments.of("  spaced \t out  \n\n\n\n  lines ", "spaced out\n\nlines"),
                Arguments.of("<small>Jan <var data-var='date'> 1</var>, <var data-var='time'>00:30</var> UTC</small>",
                        "Jan 1, 00:30 UTC"),
                Arguments.of("unclosed <b tag", "unclosed <b tag"),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void removesTagsDecodesEntitiesAndKeepsLineBreaks(String html, String expected) {
        assertEquals(expected, HtmlText.toPlainText(html));
    }
}
