package dev.aftermath.export.html;

import dev.aftermath.export.report.MarkdownText;
import dev.aftermath.export.report.TextBlock;
import dev.aftermath.export.report.TextSpan;
import dev.aftermath.export.report.WebLinks;
import java.util.List;

/** The review's Markdown as HTML elements, escaped; only web and mail links become clickable. */
final class HtmlText {

    private HtmlText() {
    }

    static void markdown(HtmlWriter html, String markdown) {
        blocks(html, MarkdownText.parse(markdown));
    }

    /** One list item: a single paragraph goes inline, anything longer keeps its blocks. */
    static void listItem(HtmlWriter html, String markdown) {
        List<TextBlock> blocks = MarkdownText.parse(markdown);
        html.raw("<li>");
        if (blocks.size() == 1 && blocks.get(0).type() == TextBlock.Type.PARAGRAPH) {
            spans(html, blocks.get(0).spans());
        } else {
            blocks(html, blocks);
        }
        html.raw("</li>\n");
    }

    private static void blocks(HtmlWriter html, List<TextBlock> blocks) {
        TextBlock.Type open = null;
        for (TextBlock block : blocks) {
            open = switchContainer(html, open, block);
            switch (block.type()) {
                case PARAGRAPH -> inline(html, "p", block);
                case HEADING -> inline(html, "h3", block);
                case BULLET, NUMBERED -> inline(html, "li", block);
                case CODE -> html.text(block.plainText()).raw("\n");
            }
        }
        switchContainer(html, open, null);
    }

    /** Opens and closes the list or code element that groups consecutive blocks of one type. */
    private static TextBlock.Type switchContainer(HtmlWriter html, TextBlock.Type open, TextBlock next) {
        TextBlock.Type wanted = next == null ? null : next.type();
        boolean grouped = wanted == TextBlock.Type.BULLET || wanted == TextBlock.Type.NUMBERED
                || wanted == TextBlock.Type.CODE;
        if (open != null && open == wanted) {
            return open;
        }
        if (open != null) {
            html.raw(switch (open) {
                case BULLET -> "</ul>\n";
                case NUMBERED -> "</ol>\n";
                default -> "</code></pre>\n";
            });
        }
        if (!grouped) {
            return null;
        }
        html.raw(switch (wanted) {
            case BULLET -> "<ul>\n";
            case NUMBERED -> next.number() == 1 ? "<ol>\n" : "<ol start=\"" + next.number() + "\">\n";
            default -> "<pre><code>";
        });
        return wanted;
    }

    private static void inline(HtmlWriter html, String tag, TextBlock block) {
        html.raw("<" + tag + ">");
        spans(html, block.spans());
        html.raw("</" + tag + ">\n");
    }

    private static void spans(HtmlWriter html, List<TextSpan> spans) {
        for (TextSpan span : spans) {
            boolean link = span.link() != null && WebLinks.isClickable(span.link());
            html.raw(link ? "<a href=\"" : "");
            if (link) {
                html.attribute(span.link()).raw("\">");
            }
            html.raw(span.bold() ? "<strong>" : "").raw(span.italic() ? "<em>" : "").raw(span.code() ? "<code>" : "");
            html.text(span.text());
            html.raw(span.code() ? "</code>" : "").raw(span.italic() ? "</em>" : "")
                    .raw(span.bold() ? "</strong>" : "");
            html.raw(link ? "</a>" : "");
        }
    }
}
