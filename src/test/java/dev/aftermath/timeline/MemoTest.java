package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void aRememberedValueIsNotComputedAgain() {
        List<Integer> computed = new ArrayList<>();
        Memo<Integer, String> memo = counting(10, computed);

        assertEquals("#1", memo.get(1));
        assertEquals("#1", memo.get(1));
        assertEquals("#2", memo.get(2));

        assertEquals(List.of(1, 2), computed);
    }

    @Test
    void aFullMemoStartsAfreshAndStillAnswersRight() {
        List<Integer> computed = new ArrayList<>();
        Memo<Integer, String> memo = counting(3, computed);
        for (int key = 0; key < 4; key++) {
            memo.get(key);
        }

        assertEquals("#0", memo.get(0));
        assertEquals("#3", memo.get(3));

        assertEquals(List.of(0, 1, 2, 3, 0), computed);
    }

    /** A memo that writes down every key it computes. */
    private static Memo<Integer, String> counting(int capacity, List<Integer> computed) {
        return new Memo<>(capacity, key -> {
            computed.add(key);
            return "#" + key;
        });
    }
}
