package dev.aftermath.importing.feed;

import dev.aftermath.importing.html.HtmlText;
import dev.aftermath.importing.text.MonthNames;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the HTML content of a Statuspage feed item into its updates. Each update starts with a
 * {@code <small>} date ({@code Jan <var data-var='date'> 1</var>, <var data-var='time'>00:30</var> UTC}, or the
 * older form without {@code <var>}), then a {@code <strong>} status label, a dash and the body.
 */
final class UpdateBlocks {

    private static final Pattern SMALL =
            Pattern.compile("<small\\b[^>]*>(.*?)</small\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\s|<br\\s*/?>|<p\\b[^>]*>)*<strong\\b[^>]*>(.*?)</strong\\s*>\\s*(?:[-\\u2013\\u2014:]\\s*)?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:\\s*,\\s*(\\d{4}))?\\s*,?\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s*([AaPp]\\.?[Mm]\\.?)?\\s*(.*)", Pattern.DOTALL);

    private UpdateBlocks() {
    }

    /** The updates in content order (newest first, as Statuspage writes them); empty when there are none. */
    static List<FeedUpdate> parse(String html) {
        List<FeedUpdate> updates = new ArrayList<>();
        Matcher small = SMALL.matcher(html);
        if (!small.find()) {
            return updates;
        }
        boolean more;
        do {
            String dateHtml = small.group(1);
            int blockStart = small.end();
            more = small.find();
            String block = html.substring(blockStart, more ? small.start() : html.length());
            updates.add(update(updates.size() + 1, HtmlText.toPlainText(dateHtml), block));
        } while (more);
        return updates;
    }

    private static FeedUpdate update(int number, String dateText, String block) {
        Matcher label = LABEL.matcher(block);
        String labelText = label.find() ? HtmlText.toPlainText(label.group(1)) : null;
        String body = labelText == null ? block : block.substring(label.end());
        Matcher date = DATE.matcher(dateText);
        Optional<Month> month = date.matches() ? MonthNames.month(date.group(1)) : Optional.empty();
        Optional<LocalTime> time = month.isPresent() ? time(date) : Optional.empty();
        if (time.isEmpty()) {
            return new FeedUpdate(number, dateText, null, 0, null, null, "", labelText, body);
        }
        Integer year = date.group(3) == null ? null : Integer.valueOf(date.group(3));
        return new FeedUpdate(number, dateText, month.get(), Integer.parseInt(date.group(2)), year, time.get(),
                date.group(8).strip(), labelText, body);
    }

    private static Optional<LocalTime> time(Matcher date) {
        int hour = Integer.parseInt(date.group(4));
        int minute = Integer.parseInt(date.group(5));
        int second = date.group(6) == null ? 0 : Integer.parseInt(date.group(6));
        String halfDay = date.group(7);
        if (halfDay != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (Character.toLowerCase(halfDay.charAt(0)) == 'p' ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute, second));
    }
}
