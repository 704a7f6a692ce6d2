package dev.aftermath.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import dev.aftermath.model.ActionItem;
import dev.aftermath.model.ActionStatus;
import dev.aftermath.model.ActionType;
import dev.aftermath.model.Priority;
import dev.aftermath.model.RcaDocument;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the review of a bundle: its texts, lists and action items. */
final class RcaParsing {

    private final JsonCursor json;

    RcaParsing(JsonCursor json) {
        this.json = json;
    }

    RcaDocument rca(String path) throws IOException {
        if (json.current() == JsonToken.VALUE_NULL) {
            return RcaDocument.EMPTY;
        }
        RcaFields fields = new RcaFields();
        json.fields(path, (name, fieldPath) -> {
            switch (name) {
                case "summary" -> fields.summary = json.text(fieldPath);
                case "impact" -> fields.impact = json.text(fieldPath);
                case "rootCause" -> fields.rootCause = json.text(fieldPath);
                case "contributingFactors" -> fields.contributingFactors = json.strings(fieldPath);
                case "wentWell" -> fields.wentWell = json.strings(fieldPath);
                case "couldBeBetter" -> fields.couldBeBetter = json.strings(fieldPath);
                case "gotLucky" -> fields.gotLucky = json.strings(fieldPath);
                case "lessons" -> fields.lessons = json.strings(fieldPath);
                case "actionItems" -> json.items(fieldPath,
                        (index, itemPath) -> fields.actionItems.add(actionItem(itemPath)));
                default -> json.skip();
            }
        });
        return new RcaDocument(fields.summary, fields.impact, fields.rootCause, fields.contributingFactors,
                fields.wentWell, fields.couldBeBetter, fields.gotLucky, fields.lessons, fields.actionItems);
    }

    private static final class RcaFields {
        String summary;
        String impact;
        String rootCause;
        List<String> contributingFactors;
        List<String> wentWell;
        List<String> couldBeBetter;
        List<String> gotLucky;
        List<String> lessons;
        final List<ActionItem> actionItems = new ArrayList<>();
    }

    private ActionItem actionItem(String path) throws IOException {
        JsonLocation start = json.location();
        ActionFields fields = new ActionFields();
        json.fields(path, (name, fieldPath) -> {
            switch (name) {
                case "id" -> fields.id = json.uuid(fieldPath);
                case "text" -> fields.text = json.text(fieldPath);
                case "owner" -> fields.owner = json.text(fieldPath);
                case "priority" -> fields.priority = json.enumValue(fieldPath, Priority.class);
                case "due" -> fields.due = json.date(fieldPath);
                case "status" -> fields.status = json.enumValue(fieldPath, ActionStatus.class);
                case "type" -> fields.type = json.enumValue(fieldPath, ActionType.class);
                case "link" -> fields.link = json.text(fieldPath);
                default -> json.skip();
            }
        });
        if (fields.id == null) {
            throw json.failAt(start, path, "no \"id\"");
        }
        return new ActionItem(fields.id, fields.text, fields.owner, fields.priority, fields.due, fields.status,
                fields.type, fields.link);
    }

    private static final class ActionFields {
        UUID id;
        String text;
        String owner;
        Priority priority;
        LocalDate due;
        ActionStatus status;
        ActionType type;
        String link;
    }
}
