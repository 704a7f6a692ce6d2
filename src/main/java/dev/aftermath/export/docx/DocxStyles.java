package dev.aftermath.export.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles a report uses, by the role they play. A blank document gets all of ours (styles.xml beside this
 * class); a user's template keeps its own and gets only the ones it lacks. Styles are found by name, because a
 * German Word calls the style id of "heading 1" {@code berschrift1}.
 */
final class DocxStyles {

    enum Role {
        TITLE("Title"), SUBTITLE("Subtitle"), HEADING_1("heading 1"), HEADING_2("heading 2"),
        HEADING_3("heading 3"), NORMAL("Normal"), LABEL("Review Label"), NOTE("Review Note"),
        LIST_ITEM("Review List Item"), CODE("Review Code"), TABLE_TEXT("Review Table Text"),
        TABLE_HEADING("Review Table Heading"), CAPTION("caption"), HEADER("header"), FOOTER("footer"),
        HYPERLINK("Hyperlink");

        private final String styleName;

        Role(String styleName) {
            this.styleName = styleName;
        }
    }

    private final Map<Role, String> ids;

    private DocxStyles(Map<Role, String> ids) {
        this.ids = ids;
    }

    static DocxStyles install(XWPFDocument document) throws IOException {
        CTStyles ours = load();
        XWPFStyles styles = document.getStyles();
        if (styles == null) {
            document.createStyles().setStyles(ours);
            styles = document.getStyles();
        } else {
            addMissing(styles, ours);
        }
        Map<Role, String> ids = new TreeMap<>();
        for (Role role : Role.values()) {
            XWPFStyle style = styles.getStyleWithName(role.styleName);
            ids.put(role, style == null ? role.styleName : style.getStyleId());
        }
        return new DocxStyles(ids);
    }

    String id(Role role) {
        return ids.get(role);
    }

    private static void addMissing(XWPFStyles styles, CTStyles ours) {
        for (CTStyle style : ours.getStyleArray()) {
            boolean present = styles.getStyleWithName(style.getName().getVal()) != null
                    || styles.styleExist(style.getStyleId());
            if (!present) {
                styles.addStyle(new XWPFStyle((CTStyle) style.copy(), styles));
            }
        }
    }

    private static CTStyles load() throws IOException {
        try (InputStream in = DocxStyles.class.getResourceAsStream("styles.xml")) {
            if (in == null) {
                throw new IOException("styles.xml is missing from the application");
            }
            return StylesDocument.Factory.parse(in).getStyles();
        } catch (XmlException broken) {
            throw new IOException("styles.xml of the application is not valid XML", broken);
        }
    }
}
