package dev.aftermath.export.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Which link targets an export may make clickable: web and mail addresses only, never scripts or local files. */
public final class WebLinks {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private WebLinks() {
    }

    public static boolean isClickable(String target) {
        if (target == null || target.isBlank() || target.chars().anyMatch(c -> c <= ' ' || "<>|\"`".indexOf(c) >= 0)) {
            return false;
        }
        try {
            URI uri = new URI(target);
            return uri.getScheme() != null && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }
}
