package dev.aftermath.export.docx;

/**
 * WordprocessingML written as text into one buffer: paragraphs, runs, links, escaped text. Building XmlBeans
 * objects for every run cost seconds for long timelines; text costs milliseconds and grows linearly.
 */
final class WordXml {

    static final String RELATIONSHIPS_NAMESPACE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** How a run of text looks. */
    record RunLook(boolean bold, boolean italic, String font) {

        static final RunLook PLAIN = new RunLook(false, false, null);
        static final RunLook BOLD = new RunLook(true, false, null);

        boolean isPlain() {
            return !bold && !italic && font == null;
        }
    }

    private final StringBuilder xml = new StringBuilder(64 * 1024);

    StringBuilder buffer() {
        return xml;
    }

    WordXml startParagraph(String styleId) {
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"").append(styleId).append("\"/></w:pPr>");
        return this;
    }

    WordXml startCentredParagraph(String styleId) {
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"").append(styleId).append("\"/><w:jc w:val=\"center\"/></w:pPr>");
        return this;
    }

    WordXml endParagraph() {
        xml.append("</w:p>");
        return this;
    }

    /** A run of user text; its line breaks become Word line breaks. */
    WordXml run(String text, RunLook look) {
        xml.append("<w:r>");
        look(null, look);
        lines(text);
        xml.append("</w:r>");
        return this;
    }

    /** A run that ends with a tab, as the bullet of a list item. */
    WordXml runThenTab(String text) {
        xml.append("<w:r>");
        textElement(text, 0, text.length());
        xml.append("<w:tab/></w:r>");
        return this;
    }

    WordXml hyperlink(String relationId, String characterStyleId, String text, RunLook look) {
        xml.append("<w:hyperlink xmlns:r=\"").append(RELATIONSHIPS_NAMESPACE).append("\" r:id=\"")
                .append(relationId).append("\" w:history=\"1\"><w:r>");
        look(characterStyleId, look);
        lines(text);
        xml.append("</w:r></w:hyperlink>");
        return this;
    }

    /** A field such as PAGE, with the text Word shows until it updates the field. */
    WordXml field(String instruction, String shown) {
        xml.append("<w:fldSimple w:instr=\"").append(instruction).append("\"><w:r><w:t>").append(shown)
                .append("</w:t></w:r></w:fldSimple>");
        return this;
    }

    WordXml raw(CharSequence markup) {
        xml.append(markup);
        return this;
    }

    private void look(String characterStyleId, RunLook look) {
        if (characterStyleId == null && look.isPlain()) {
            return;
        }
        xml.append("<w:rPr>");
        if (characterStyleId != null) {
            xml.append("<w:rStyle w:val=\"").append(characterStyleId).append("\"/>");
        }
        if (look.font() != null) {
            xml.append("<w:rFonts w:ascii=\"").append(look.font()).append("\" w:hAnsi=\"").append(look.font())
                    .append("\" w:cs=\"").append(look.font()).append("\"/>");
        }
        if (look.bold()) {
            xml.append("<w:b/>");
        }
        if (look.italic()) {
            xml.append("<w:i/>");
        }
        xml.append("</w:rPr>");
    }

    private void lines(String value) {
        String text = DocxStrings.clean(value);
        int start = 0;
        while (true) {
            int end = lineEnd(text, start);
            textElement(text, start, end);
            if (end >= text.length()) {
                return;
            }
            xml.append("<w:br/>");
            start = end + (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n'
                    ? 2 : 1);
        }
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private void textElement(String text, int start, int end) {
        boolean preserve = end > start && (Character.isWhitespace(text.charAt(start))
                || Character.isWhitespace(text.charAt(end - 1)));
        xml.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        escape(text, start, end, xml);
        xml.append("</w:t>");
    }

    static void escape(String text, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    static String escape(String text) {
        String clean = DocxStrings.clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        escape(clean, 0, clean.length(), out);
        return out.toString();
    }
}
