package dev.aftermath.app.rca;

/**
 * What a tracker link reads as in a narrow column: the part that names the item ({@code OBS-142} for
 * {@code https://tracker.example/browse/OBS-142}), the host for a link to a site, the text itself for anything
 * else. The whole address stays in the tooltip.
 */
final class LinkLabel {

    private LinkLabel() {
    }

    static String of(String link) {
        String text = link.strip();
        int scheme = text.indexOf("://");
        if (scheme < 0) {
            return text;
        }
        String rest = text.substring(scheme + 3).replaceAll("[?#].*$", "").replaceAll("/+$", "");
        int slash = rest.lastIndexOf('/');
        return slash < 0 ? rest : rest.substring(slash + 1);
    }
}
