package dev.aftermath.importing.pastedtext;

import java.util.List;

/**
 * What a copied status page holds, before times are placed in UTC.
 *
 * @param title the incident's title, or "" when the copy starts at a post
 * @param pageName the page's owner from "Incident Report for X", or ""
 * @param affectedLine the 1-based line of the "This incident affected" footer, or 0
 * @param yearAnchors dates with a year, for posts whose date line has none
 */
public record ParsedStatusPage(String title, String pageName, List<StatusPagePost> posts, List<String> affected,
                               int affectedLine, List<YearInference.Anchor> yearAnchors) {

    public ParsedStatusPage {
        posts = List.copyOf(posts);
        affected = List.copyOf(affected);
        yearAnchors = List.copyOf(yearAnchors);
    }
}
