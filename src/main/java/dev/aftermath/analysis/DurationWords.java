package dev.aftermath.analysis;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations as reports write them: "45 s", "33 min", "1 h 05 min"; minutes are rounded to the nearest one. One
 * place, so that the durations table of an export and the sentences drafted into it agree.
 */
public final class DurationWords {

    private DurationWords() {
    }

    public static String of(Duration duration) {
        String sign = duration.isNegative() ? "−" : "";
        long seconds = duration.abs().getSeconds();
        if (seconds < 60) {
            return sign + seconds + " s";
        }
        long minutes = (seconds + 30) / 60;
        if (minutes < 60) {
            return sign + minutes + " min";
        }
        return String.format(Locale.ROOT, "%s%d h %02d min", sign, minutes / 60, minutes % 60);
    }
}
