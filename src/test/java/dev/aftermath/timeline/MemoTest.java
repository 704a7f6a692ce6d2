package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void aRememberedValueIsNotComputedAgain() {
        List<Integer> computed = new ArrayList<>();
        Memo<Integer, String> memo = new Memo<>(10, key -> {
            computed.add(key);
            return "#" + key;
        });

        assertEquals("#1", memo.get(1));
        assertEquals("#1", memo.get(1));
        assertEquals("#2", memo.get(2));

        assertEquals(List.of(1, 2), computed);
    }

    @Test
    void aFullMemoStartsAfreshAndStillAnswersRight() {
        List<Integer> computed = new ArrayList<>();
        Memo<Integer, String> memo = new Memo<>(3, key -> {
            computed.add(key);
            return "#" + key;
        });
        for (int key = 0; key < 4; key++) {
            memo.get(key);
        }

        assertEquals("#0", memo.get(0));
        assertEquals("#3", memo.get(3));

        assertEquals(List.of(0, 1, 2, 3, 0), computed);
    }
}
