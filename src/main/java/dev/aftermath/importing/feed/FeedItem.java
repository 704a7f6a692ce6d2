package dev.aftermath.importing.feed;

import java.time.Instant;

/**
 * One Atom entry or RSS item: one incident on a Statuspage feed.
 *
 * @param line the line of the entry's or item's start tag
 * @param path where it sits, e.g. {@code feed/entry[3]} or {@code rss/channel/item[1]}
 * @param key what identifies the incident across versions of the feed: its id, guid or link, or null
 * @param contentHtml the HTML of the content, description or summary, with the XML escaping undone
 * @param lastChange the latest of published, updated and pubDate, or null when the item gives none
 * @param published when the item was published, or null
 */
record FeedItem(int line, String path, String key, String title, String contentHtml, Instant lastChange,
                Instant published) {
}
