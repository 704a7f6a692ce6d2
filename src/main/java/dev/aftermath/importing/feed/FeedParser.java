package dev.aftermath.importing.feed;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.Source;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an Atom or RSS feed into {@link FeedItem}s with StAX, safely: a document type declaration is refused
 * before anything it declares is used, so no external entity is fetched and no entity is expanded; a
 * billion-laughs file stops at its {@code <!DOCTYPE>}.
 */
final class FeedParser {

    private static final List<String> CONTENT_PREFERENCE = List.of("content", "encoded", "description", "summary");
    private static final Set<String> DATE_FIELDS = Set.of("published", "updated", "pubDate", "date");
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr", "img");

    private static final XMLInputFactory FACTORY = safeFactory();

    private final Source source;
    private final XMLStreamReader reader;
    private final List<FeedItem> items = new ArrayList<>();
    private String itemPath;
    private Instant feedUpdated;

    private FeedParser(Source source, XMLStreamReader reader) {
        this.source = source;
        this.reader = reader;
    }

    static FeedDocument parse(Source source, List<ImportWarning> warnings) throws ImportException {
        FeedText text = FeedText.read(source);
        if (text.text().isBlank()) {
            throw new ImportException(source.name(), "the file is empty");
        }
        if (text.badBytesReplaced()) {
            warnings.add(new ImportWarning(source.name(), null, "some bytes are not valid " + text.charset()
                    + "; they were replaced with \uFFFD"));
        }
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(text.text()));
            try {
                return new FeedParser(source, reader).document();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException malformed) {
            throw notXml(source, malformed);
        }
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private FeedDocument document() throws XMLStreamException {
        String root = rootElement();
        if (!root.equals("feed") && !root.equals("rss") && !root.equals("RDF")) {
            throw new ImportException(source.name(), line(), column(),
                    "not an Atom or RSS feed: the document starts with <" + root + ">");
        }
        String itemName = root.equals("feed") ? "entry" : "item";
        String itemPrefix = root.equals("feed") ? "feed/entry" : root.equals("rss") ? "rss/channel/item" : "RDF/item";
        while (next() != XMLStreamConstants.END_DOCUMENT) {
            if (reader.isStartElement()) {
                String name = reader.getLocalName();
                if (name.equals(itemName)) {
                    itemPath = itemPrefix + "[" + (items.size() + 1) + "]";
                    items.add(item(itemName));
                } else if (DATE_FIELDS.contains(name) || name.equals("lastBuildDate")) {
                    feedUpdated = later(feedUpdated, FeedDates.parse(innerHtml()).orElse(null));
                }
            }
        }
        return new FeedDocument(feedUpdated, items);
    }

    private String rootElement() throws XMLStreamException {
        while (reader.hasNext()) {
            if (next() == XMLStreamConstants.START_ELEMENT) {
                return reader.getLocalName();
            }
        }
        throw new ImportException(source.name(), "holds no XML elements; expected an Atom or RSS feed");
    }

    private FeedItem item(String itemName) throws XMLStreamException {
        int line = line();
        Map<String, String> fields = new HashMap<>();
        Instant lastChange = null;
        Instant published = null;
        for (int event = next(); event != XMLStreamConstants.END_ELEMENT || !reader.getLocalName().equals(itemName);
                event = next()) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new ImportException(source.name(), line, null, "the feed ends inside this " + itemName);
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            String href = reader.getAttributeValue(null, "href");
            String value = innerHtml();
            if (DATE_FIELDS.contains(name)) {
                Instant date = FeedDates.parse(value).orElse(null);
                lastChange = later(lastChange, date);
                published = name.equals("published") && date != null ? date : published;
            } else if (name.equals("link") && href != null) {
                fields.putIfAbsent("link", href);
            } else {
                fields.putIfAbsent(name, value);
            }
        }
        String key = Stream.of("id", "guid", "link").map(fields::get).filter(value -> value != null
                && !value.isBlank()).findFirst().map(String::strip).orElse(null);
        return new FeedItem(line, itemPath, key, fields.getOrDefault("title", ""), content(fields), lastChange,
                published);
    }

    private static String content(Map<String, String> fields) {
        return CONTENT_PREFERENCE.stream().map(fields::get).filter(value -> value != null && !value.isBlank())
                .findFirst().orElse("");
    }

    /**
     * The element's content as HTML: its own text as it stands (for Atom and RSS that text is escaped HTML, now
     * unescaped once by the XML parser), and child elements (XHTML content) written back as tags.
     */
    private String innerHtml() throws XMLStreamException {
        StringBuilder html = new StringBuilder();
        int depth = 0;
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        html.append(depth == 0 ? reader.getText() : escape(reader.getText()));
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    html.append('<').append(reader.getLocalName()).append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth-- == 0) {
                        return html.toString();
                    }
                    if (!VOID_ELEMENTS.contains(reader.getLocalName())) {
                        html.append("</").append(reader.getLocalName()).append('>');
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new ImportException(source.name(), line(), column(),
                        "the feed ends inside an element; is the file cut short?");
                default -> {
                }
            }
        }
    }

    /** Every event passes here, so no document type declaration can slip by. */
    private int next() throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
            throw new ImportException(source.name(), line(), column(), "the file declares a document type "
                    + "(<!DOCTYPE>); feeds never need one, and it can hide entity bombs or reads of other files, "
                    + "so the file is refused");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new ImportException(source.name(), line(), column(), "the feed uses the undeclared entity &"
                    + reader.getLocalName() + ";");
        }
        return event;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static Instant later(Instant current, Instant candidate) {
        return current == null || candidate != null && candidate.isAfter(current) ? candidate : current;
    }

    private Integer line() {
        return lineOf(reader.getLocation());
    }

    private Integer column() {
        return columnOf(reader.getLocation());
    }

    private static Integer lineOf(Location location) {
        return location == null || location.getLineNumber() < 1 ? null : location.getLineNumber();
    }

    private static Integer columnOf(Location location) {
        return location == null || location.getColumnNumber() < 1 ? null : location.getColumnNumber();
    }

    private static ImportException notXml(Source source, XMLStreamException problem) {
        Location location = problem.getLocation();
        String message = Optional.ofNullable(problem.getMessage()).orElse("unreadable XML");
        int cut = message.indexOf("Message: ");
        String reason = cut >= 0 ? message.substring(cut + "Message: ".length()) : message;
        return new ImportException(source.name(), lineOf(location), columnOf(location),
                "this is not well-formed XML (is it an Atom or RSS feed?): " + reason.strip());
    }
}
