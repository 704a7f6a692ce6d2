-- A metric series may carry the threshold line the user set on it (an alert or SLO limit); NULL for none.

ALTER TABLE metric_series ADD COLUMN threshold REAL;
