-- What made an imported entry's time doubtful (a bare time earlier than the one before it, a wall time the clocks
-- skipped), so that the checks before review can still point at it long after the import's warnings were closed.
ALTER TABLE timeline_entry ADD COLUMN provenance_doubt TEXT;
