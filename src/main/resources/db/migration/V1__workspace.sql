-- The first workspace schema. Instants are epoch milliseconds (UTC); enums are stored by name.

CREATE TABLE incident (
    id            TEXT    NOT NULL PRIMARY KEY,
    title         TEXT    NOT NULL,
    severity      TEXT,
    review_status TEXT    NOT NULL,
    zone          TEXT    NOT NULL,
    started_at    INTEGER,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE affected_service (
    incident_id TEXT    NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    PRIMARY KEY (incident_id, position)
);

CREATE TABLE timeline_entry (
    incident_id     TEXT    NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    id              TEXT    NOT NULL,
    at              INTEGER NOT NULL,
    end_at          INTEGER,
    kind            TEXT,
    text            TEXT    NOT NULL,
    source          TEXT    NOT NULL,
    provenance_file TEXT,
    provenance_line INTEGER,
    provenance_path TEXT,
    post_status     TEXT,
    approximate     INTEGER NOT NULL,
    pinned          INTEGER NOT NULL,
    PRIMARY KEY (incident_id, id)
);

CREATE TABLE pinned_milestone (
    incident_id TEXT    NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    milestone   TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    PRIMARY KEY (incident_id, milestone)
);

CREATE TABLE metric_series (
    incident_id TEXT    NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    id          TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    unit        TEXT    NOT NULL,
    point_count INTEGER NOT NULL,
    PRIMARY KEY (incident_id, id)
);

-- Points are stored as packed big-endian arrays, a chunk per row, so millions of points are a few rows.
CREATE TABLE metric_chunk (
    incident_id TEXT    NOT NULL,
    series_id   TEXT    NOT NULL,
    chunk       INTEGER NOT NULL,
    timestamps  BLOB    NOT NULL,
    vals        BLOB    NOT NULL,
    PRIMARY KEY (incident_id, series_id, chunk),
    FOREIGN KEY (incident_id, series_id) REFERENCES metric_series (incident_id, id) ON DELETE CASCADE
);

CREATE TABLE rca (
    incident_id TEXT NOT NULL PRIMARY KEY REFERENCES incident (id) ON DELETE CASCADE,
    summary     TEXT NOT NULL,
    impact      TEXT NOT NULL,
    root_cause  TEXT NOT NULL
);

CREATE TABLE rca_list_item (
    incident_id TEXT    NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    section     TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    PRIMARY KEY (incident_id, section, position)
);

CREATE TABLE action_item (
    incident_id TEXT    NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    id          TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    owner       TEXT,
    priority    TEXT,
    due         TEXT,
    status      TEXT    NOT NULL,
    type        TEXT,
    link        TEXT,
    PRIMARY KEY (incident_id, id)
);
