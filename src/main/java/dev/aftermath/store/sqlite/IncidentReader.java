package dev.aftermath.store.sqlite;

import dev.aftermath.model.ActionItem;
import dev.aftermath.model.ActionStatus;
import dev.aftermath.model.ActionType;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.Priority;
import dev.aftermath.model.Provenance;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.ReviewStatus;
import dev.aftermath.model.Severity;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.store.IncidentSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads incidents back into the model. */
final class IncidentReader {

    private final Connection connection;

    IncidentReader(Connection connection) {
        this.connection = connection;
    }

    List<IncidentSummary> list() throws SQLException {
        List<IncidentSummary> summaries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, title, started_at, zone, severity, review_status, updated_at FROM incident
                ORDER BY started_at IS NULL DESC, started_at DESC, updated_at DESC""");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                summaries.add(new IncidentSummary(UUID.fromString(rows.getString(1)), rows.getString(2),
                        instant(rows, 3), ZoneId.of(rows.getString(4)), enumOf(Severity.class, rows.getString(5)),
                        ReviewStatus.valueOf(rows.getString(6)), instant(rows, 7)));
            }
        }
        return summaries;
    }

    boolean exists(UUID id) throws SQLException {
        return !query("SELECT 1 FROM incident WHERE id = ?", id.toString(), rows -> true).isEmpty();
    }

    Optional<Incident> find(UUID id) throws SQLException {
        String key = id.toString();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT title, severity, review_status, zone FROM incident WHERE id = ?")) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Incident(id, row.getString(1), enumOf(Severity.class, row.getString(2)),
                        ReviewStatus.valueOf(row.getString(3)), ZoneId.of(row.getString(4)), readAffected(key),
                        readEntries(key), readSeries(key), readRca(key), readPins(key)));
            }
        }
    }

    private List<String> readAffected(String id) throws SQLException {
        return query("SELECT name FROM affected_service WHERE incident_id = ? ORDER BY position", id,
                rows -> rows.getString(1));
    }

    private List<TimelineEntry> readEntries(String id) throws SQLException {
        return query("""
                SELECT id, at, end_at, kind, text, source, provenance_file, provenance_line, provenance_path,
                    post_status, approximate, pinned, provenance_doubt
                FROM timeline_entry WHERE incident_id = ?""", id, rows -> new TimelineEntry(
                UUID.fromString(rows.getString(1)), instant(rows, 2), instant(rows, 3),
                enumOf(EntryKind.class, rows.getString(4)), rows.getString(5),
                EntrySource.valueOf(rows.getString(6)), provenance(rows),
                enumOf(PostStatus.class, rows.getString(10)), rows.getBoolean(11), rows.getBoolean(12)));
    }

    private static Provenance provenance(ResultSet rows) throws SQLException {
        String file = rows.getString(7);
        int line = rows.getInt(8);
        Integer lineOrNull = rows.wasNull() ? null : line;
        String path = rows.getString(9);
        String doubt = rows.getString(13);
        return file == null && lineOrNull == null && path == null && doubt == null ? null
                : new Provenance(file, lineOrNull, path, doubt);
    }

    private Map<Milestone, Instant> readPins(String id) throws SQLException {
        Map<Milestone, Instant> pins = new EnumMap<>(Milestone.class);
        for (Map.Entry<Milestone, Instant> pin : query("SELECT milestone, at FROM pinned_milestone WHERE incident_id = ?",
                id, rows -> Map.entry(Milestone.valueOf(rows.getString(1)), instant(rows, 2)))) {
            pins.put(pin.getKey(), pin.getValue());
        }
        return pins;
    }

    private List<MetricSeries> readSeries(String id) throws SQLException {
        List<MetricSeries> headers = query("""
                SELECT id, name, unit, point_count, threshold FROM metric_series WHERE incident_id = ?
                ORDER BY position""",
                id, rows -> new MetricSeries(UUID.fromString(rows.getString(1)), rows.getString(2),
                        rows.getString(3), new long[rows.getInt(4)], new double[rows.getInt(4)],
                        nullableDouble(rows, 5)));
        for (MetricSeries series : headers) {
            readPoints(id, series);
        }
        return headers;
    }

    private void readPoints(String id, MetricSeries series) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT chunk, timestamps, vals FROM metric_chunk WHERE incident_id = ? AND series_id = ?
                ORDER BY chunk""")) {
            statement.setString(1, id);
            statement.setString(2, series.id().toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int chunk = rows.getInt(1);
                    PointChunks.unpackTimestamps(rows.getBytes(2), series.timestamps(), chunk);
                    PointChunks.unpackValues(rows.getBytes(3), series.values(), chunk);
                }
            }
        }
    }

    private RcaDocument readRca(String id) throws SQLException {
        Map<RcaSection, List<String>> lists = new EnumMap<>(RcaSection.class);
        for (RcaSection section : RcaSection.values()) {
            lists.put(section, new ArrayList<>());
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT section, text FROM rca_list_item WHERE incident_id = ? ORDER BY section, position")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lists.get(RcaSection.valueOf(rows.getString(1))).add(rows.getString(2));
                }
            }
        }
        List<String[]> texts = query("SELECT summary, impact, root_cause FROM rca WHERE incident_id = ?", id,
                rows -> new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
        String[] text = texts.isEmpty() ? new String[] {"", "", ""} : texts.get(0);
        return new RcaDocument(text[0], text[1], text[2], lists.get(RcaSection.CONTRIBUTING_FACTORS),
                lists.get(RcaSection.WENT_WELL), lists.get(RcaSection.COULD_BE_BETTER),
                lists.get(RcaSection.GOT_LUCKY), lists.get(RcaSection.LESSONS), readActionItems(id));
    }

    private List<ActionItem> readActionItems(String id) throws SQLException {
        return query("""
                SELECT id, text, owner, priority, due, status, type, link FROM action_item
                WHERE incident_id = ? ORDER BY position""", id, rows -> new ActionItem(
                UUID.fromString(rows.getString(1)), rows.getString(2), rows.getString(3),
                enumOf(Priority.class, rows.getString(4)),
                rows.getString(5) == null ? null : LocalDate.parse(rows.getString(5)),
                ActionStatus.valueOf(rows.getString(6)), enumOf(ActionType.class, rows.getString(7)),
                rows.getString(8)));
    }

    private <T> List<T> query(String sql, String id, RowMapper<T> mapper) throws SQLException {
        List<T> results = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    results.add(mapper.map(rows));
                }
            }
        }
        return results;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Double nullableDouble(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }
}
