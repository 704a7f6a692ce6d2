package dev.aftermath.app.rca;

import dev.aftermath.export.report.TextBlock;
import dev.aftermath.export.report.TextSpan;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Markdown as JavaFX text: the blocks {@code MarkdownText} reads become text flows, the spans styled text and
 * links. No web view: the look comes from the app's stylesheet, in light and dark alike.
 */
final class MarkdownFlow {

    private MarkdownFlow() {
    }

    /** One text flow per block; links call {@code openLink} with their target. */
    static List<Node> render(List<TextBlock> blocks, Consumer<String> openLink) {
        return blocks.stream().map(block -> block(block, openLink)).toList();
    }

    /** The inline spans of one line, e.g. a list point, as a single flow. */
    static TextFlow inline(List<TextSpan> spans, Consumer<String> openLink) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("md-paragraph");
        spans.forEach(span -> flow.getChildren().add(span(span, openLink)));
        return flow;
    }

    private static Node block(TextBlock block, Consumer<String> openLink) {
        TextFlow flow = inline(block.spans(), openLink);
        flow.getStyleClass().setAll(switch (block.type()) {
            case PARAGRAPH -> "md-paragraph";
            case HEADING -> "md-heading";
            case BULLET, NUMBERED -> "md-item";
            case CODE -> "md-code-block";
        });
        if (block.type() == TextBlock.Type.BULLET || block.type() == TextBlock.Type.NUMBERED) {
            Text marker = styled(block.type() == TextBlock.Type.BULLET ? "•  " : block.number() + ".  ", "md-marker");
            flow.getChildren().add(0, marker);
        }
        return flow;
    }

    private static Node span(TextSpan span, Consumer<String> openLink) {
        if (span.link() != null) {
            Hyperlink link = new Hyperlink(span.text());
            link.getStyleClass().add("md-link");
            link.setOnAction(event -> openLink.accept(span.link()));
            link.setFocusTraversable(false);
            return link;
        }
        Text text = styled(span.text(), "md-text");
        if (span.bold()) {
            text.getStyleClass().add("md-bold");
        }
        if (span.italic()) {
            text.getStyleClass().add("md-italic");
        }
        if (span.code()) {
            text.getStyleClass().add("md-code");
        }
        return text;
    }

    private static Text styled(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().addAll("md-text", styleClass);
        return text;
    }
}
