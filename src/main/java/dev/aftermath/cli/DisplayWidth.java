package dev.aftermath.cli;

/**
 * How many columns of a terminal text takes. East Asian wide and fullwidth characters (CJK, Hangul, fullwidth
 * forms) and emoji take two; combining marks, joiners and variation selectors take none. This follows Unicode's
 * East Asian Width and emoji presentation over the blocks titles use; terminals differ on rarer symbols.
 */
final class DisplayWidth {

    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int EMOJI_PRESENTATION = 0xFE0F;
    private static final int FIRST_SKIN_TONE = 0x1F3FB;
    private static final int LAST_SKIN_TONE = 0x1F3FF;

    /** East Asian Wide and Fullwidth ranges and emoji shown as pictures by default, in order, inclusive. */
    private static final int[][] WIDE = {
            {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
            {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
            {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
            {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
            {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
            {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
            {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
            {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
            {0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F},
            {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF},
            {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251},
            {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF},
            {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD}};

    private DisplayWidth() {
    }

    static int of(String text) {
        return fit(text, Integer.MAX_VALUE).width();
    }

    /** The text cut to at most {@code columns} columns, ending with "…" when it was cut. */
    static String shortened(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        return fit(text, columns - 1).text() + "…";
    }

    private record Fitted(String text, int width) {
    }

    /** The longest beginning that fits, never splitting a character from the marks and joins that follow it. */
    private static Fitted fit(String text, int columns) {
        int width = 0;
        int previous = -1;
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            int columnsTaken = columns(codePoint, previous);
            if (width + columnsTaken > columns) {
                break;
            }
            width += columnsTaken;
            previous = codePoint;
            index += Character.charCount(codePoint);
        }
        return new Fitted(text.substring(0, index), width);
    }

    private static int columns(int codePoint, int previous) {
        if (previous == ZERO_WIDTH_JOINER || isZeroWidth(codePoint)) {
            return 0;
        }
        if (codePoint == EMOJI_PRESENTATION) {
            return previous >= 0 && !isWide(previous) ? 1 : 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** Marks drawn on the character before, invisible formatting, and skin tones that colour the emoji before. */
    private static boolean isZeroWidth(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint != EMOJI_PRESENTATION && (type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || codePoint >= FIRST_SKIN_TONE && codePoint <= LAST_SKIN_TONE);
    }

    private static boolean isWide(int codePoint) {
        for (int[] range : WIDE) {
            if (codePoint < range[0]) {
                return false;
            }
            if (codePoint <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
