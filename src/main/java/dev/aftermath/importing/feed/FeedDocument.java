package dev.aftermath.importing.feed;

import java.time.Instant;
import java.util.List;

/**
 * A parsed feed.
 *
 * @param feedUpdated the feed's own updated, pubDate or lastBuildDate, or null; stands in for items without dates
 */
record FeedDocument(Instant feedUpdated, List<FeedItem> items) {

    FeedDocument {
        items = List.copyOf(items);
    }
}
