package dev.aftermath.store.sqlite;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.model.ActionItem;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.TimelineEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Writes one incident inside the caller's transaction. */
final class IncidentWriter {

    private final Connection connection;

    IncidentWriter(Connection connection) {
        this.connection = connection;
    }

    void write(Incident incident, Instant now) throws SQLException {
        String id = incident.id().toString();
        writeHeader(incident, now);
        deleteChildren(id);
        writeAffected(id, incident.affected());
        writeEntries(id, incident.entries());
        writePins(incident);
        writeSeries(id, incident.series());
        writeRca(id, incident.rca());
    }

    /** Children go with the incident through ON DELETE CASCADE. */
    Void delete(UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM incident WHERE id = ?")) {
            statement.setString(1, id.toString());
            statement.executeUpdate();
        }
        return null;
    }

    private void writeHeader(Incident incident, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO incident (id, title, severity, review_status, zone, started_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, severity = excluded.severity,
                    review_status = excluded.review_status, zone = excluded.zone,
                    started_at = excluded.started_at, updated_at = excluded.updated_at""")) {
            statement.setString(1, incident.id().toString());
            statement.setString(2, incident.title());
            setNullable(statement, 3, incident.severity() == null ? null : incident.severity().name());
            statement.setString(4, incident.status().name());
            statement.setString(5, incident.zone().getId());
            Instant start = IncidentMilestones.start(incident).orElse(null);
            setNullableMillis(statement, 6, start);
            statement.setLong(7, now.toEpochMilli());
            statement.executeUpdate();
        }
    }

    private void deleteChildren(String id) throws SQLException {
        for (String table : List.of("affected_service", "timeline_entry", "pinned_milestone", "rca_list_item",
                "action_item", "rca")) {
            try (PreparedStatement statement =
                         connection.prepareStatement("DELETE FROM " + table + " WHERE incident_id = ?")) {
                statement.setString(1, id);
                statement.executeUpdate();
            }
        }
    }

    private void writeAffected(String id, List<String> affected) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO affected_service (incident_id, position, name) VALUES (?, ?, ?)")) {
            for (int position = 0; position < affected.size(); position++) {
                statement.setString(1, id);
                statement.setInt(2, position);
                statement.setString(3, affected.get(position));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private void writeEntries(String id, List<TimelineEntry> entries) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO timeline_entry (incident_id, id, at, end_at, kind, text, source, provenance_file,
                    provenance_line, provenance_path, post_status, approximate, pinned, provenance_doubt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (TimelineEntry entry : entries) {
                statement.setString(1, id);
                statement.setString(2, entry.id().toString());
                statement.setLong(3, entry.at().toEpochMilli());
                setNullableMillis(statement, 4, entry.end());
                setNullable(statement, 5, entry.kind() == null ? null : entry.kind().name());
                statement.setString(6, entry.text());
                statement.setString(7, entry.source().name());
                setNullable(statement, 8, entry.provenance() == null ? null : entry.provenance().file());
                Integer line = entry.provenance() == null ? null : entry.provenance().line();
                if (line == null) {
                    statement.setNull(9, Types.INTEGER);
                } else {
                    statement.setInt(9, line);
                }
                setNullable(statement, 10, entry.provenance() == null ? null : entry.provenance().path());
                setNullable(statement, 11, entry.status() == null ? null : entry.status().name());
                statement.setBoolean(12, entry.approximate());
                statement.setBoolean(13, entry.pinned());
                setNullable(statement, 14, entry.provenance() == null ? null : entry.provenance().doubt());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private void writePins(Incident incident) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO pinned_milestone (incident_id, milestone, at) VALUES (?, ?, ?)")) {
            for (var pin : incident.pinnedMilestones().entrySet()) {
                statement.setString(1, incident.id().toString());
                statement.setString(2, pin.getKey().name());
                statement.setLong(3, pin.getValue().toEpochMilli());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Series are immutable by id: only unseen ones have their points written; vanished ones are dropped. */
    private void writeSeries(String id, List<MetricSeries> series) throws SQLException {
        Set<String> stored = storedSeriesIds(id);
        Set<String> wanted = new HashSet<>();
        for (int position = 0; position < series.size(); position++) {
            MetricSeries one = series.get(position);
            String seriesId = one.id().toString();
            wanted.add(seriesId);
            if (stored.contains(seriesId)) {
                updateSeriesHeader(id, one, position);
            } else {
                insertSeries(id, one, position);
            }
        }
        stored.removeAll(wanted);
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM metric_series WHERE incident_id = ? AND id = ?")) {
            for (String vanished : stored) {
                statement.setString(1, id);
                statement.setString(2, vanished);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private Set<String> storedSeriesIds(String id) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT id FROM metric_series WHERE incident_id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private void updateSeriesHeader(String id, MetricSeries series, int position) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE metric_series SET position = ?, name = ?, unit = ?, threshold = ?
                WHERE incident_id = ? AND id = ?""")) {
            statement.setInt(1, position);
            statement.setString(2, series.name());
            statement.setString(3, series.unit());
            setThreshold(statement, 4, series);
            statement.setString(5, id);
            statement.setString(6, series.id().toString());
            statement.executeUpdate();
        }
    }

    private void insertSeries(String id, MetricSeries series, int position) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO metric_series (incident_id, id, position, name, unit, point_count, threshold)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            statement.setString(1, id);
            statement.setString(2, series.id().toString());
            statement.setInt(3, position);
            statement.setString(4, series.name());
            statement.setString(5, series.unit());
            statement.setInt(6, series.size());
            setThreshold(statement, 7, series);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO metric_chunk (incident_id, series_id, chunk, timestamps, vals)
                VALUES (?, ?, ?, ?, ?)""")) {
            for (int chunk = 0; chunk < PointChunks.chunkCount(series.size()); chunk++) {
                statement.setString(1, id);
                statement.setString(2, series.id().toString());
                statement.setInt(3, chunk);
                statement.setBytes(4, PointChunks.packTimestamps(series.timestamps(), chunk));
                statement.setBytes(5, PointChunks.packValues(series.values(), chunk));
                statement.executeUpdate();
            }
        }
    }

    private static void setThreshold(PreparedStatement statement, int index, MetricSeries series)
            throws SQLException {
        if (series.threshold() == null) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setDouble(index, series.threshold());
        }
    }

    private void writeRca(String id, RcaDocument rca) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO rca (incident_id, summary, impact, root_cause) VALUES (?, ?, ?, ?)")) {
            statement.setString(1, id);
            statement.setString(2, rca.summary());
            statement.setString(3, rca.impact());
            statement.setString(4, rca.rootCause());
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO rca_list_item (incident_id, section, position, text) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<RcaSection, List<String>> section : RcaSection.listsOf(rca).entrySet()) {
                List<String> items = section.getValue();
                for (int position = 0; position < items.size(); position++) {
                    statement.setString(1, id);
                    statement.setString(2, section.getKey().name());
                    statement.setInt(3, position);
                    statement.setString(4, items.get(position));
                    statement.addBatch();
                }
            }
            statement.executeBatch();
        }
        writeActionItems(id, rca.actionItems());
    }

    private void writeActionItems(String id, List<ActionItem> items) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO action_item (incident_id, id, position, text, owner, priority, due, status, type, link)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int position = 0; position < items.size(); position++) {
                ActionItem item = items.get(position);
                statement.setString(1, id);
                statement.setString(2, item.id().toString());
                statement.setInt(3, position);
                statement.setString(4, item.text());
                setNullable(statement, 5, item.owner());
                setNullable(statement, 6, item.priority() == null ? null : item.priority().name());
                setNullable(statement, 7, item.due() == null ? null : item.due().toString());
                statement.setString(8, item.status().name());
                setNullable(statement, 9, item.type() == null ? null : item.type().name());
                setNullable(statement, 10, item.link());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setNullableMillis(PreparedStatement statement, int index, Instant value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value.toEpochMilli());
        }
    }
}
