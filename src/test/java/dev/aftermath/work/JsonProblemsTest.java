package dev.aftermath.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonProblemsTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"result\": [1, [2                | the JSON ends in the middle of a value; is the file cut short?",
            "{\"a\": 1} {\"b\": 2}              | the JSON value ends before this point, but more text follows",
            "{\"a\": 1, }                       | not valid JSON: Unexpected character ('}' (code 125)): was expecting"
                    + " double-quote to start field name",
            "[1, 2}                             | not valid JSON: Unexpected close marker '}': expected ']'"})
    void saysWhatIsWrongWithoutTheParsersOwnLocationNotes(String text, String expected) {
        JsonProcessingException problem = catchThrowableOfType(() -> JSON.readTree(text),
                JsonProcessingException.class);

        String described = JsonProblems.describe(problem);

        assertThat(described).startsWith(expected).doesNotContain("[Source").doesNotContain("REDACTED");
    }
}
