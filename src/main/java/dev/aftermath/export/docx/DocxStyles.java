package dev.aftermath.export.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The style ids a report uses, by the role they play. Styles are found by name, because a German Word calls the
 * style id of "heading 1" {@code berschrift1}: our own styles.xml for a blank document, a user's template's
 * styles otherwise.
 */
final class DocxStyles {

    enum Role {
        TITLE("Title"), SUBTITLE("Subtitle"), HEADING_1("heading 1"), HEADING_2("heading 2"),
        HEADING_3("heading 3"), NORMAL("Normal"), LABEL("Review Label"), NOTE("Review Note"),
        LIST_ITEM("Review List Item"), CODE("Review Code"), TABLE_TEXT("Review Table Text"),
        TABLE_HEADING("Review Table Heading"), CAPTION("caption"), HEADER("header"), FOOTER("footer"),
        HYPERLINK("Hyperlink");

        final String styleName;

        Role(String styleName) {
            this.styleName = styleName;
        }
    }

    private static final Pattern STYLE = Pattern.compile(
            "w:styleId=\"([^\"]+)\">\\s*<w:name w:val=\"([^\"]+)\"");

    private final Map<Role, String> ids;

    private DocxStyles(Map<Role, String> ids) {
        this.ids = ids;
    }

    /** The ids of the styles named by each role; a name {@code idOfName} does not know is used as the id. */
    static DocxStyles byName(Function<String, String> idOfName) {
        Map<Role, String> ids = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String id = idOfName.apply(role.styleName);
            ids.put(role, id == null ? role.styleName : id);
        }
        return new DocxStyles(ids);
    }

    /** The styles of a blank document: ours. */
    static DocxStyles ours() {
        Map<String, String> idsByName = new HashMap<>();
        Matcher style = STYLE.matcher(oursAsXml());
        while (style.find()) {
            idsByName.put(style.group(2), style.group(1));
        }
        return byName(idsByName::get);
    }

    static String oursAsXml() {
        try (InputStream in = DocxStyles.class.getResourceAsStream("styles.xml")) {
            if (in == null) {
                throw new IllegalStateException("styles.xml is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the application's styles.xml", e);
        }
    }

    String id(Role role) {
        return ids.get(role);
    }
}
