-- licensing 4.3: unused licenses announced to be reclaimed after a grace period.
ALTER TABLE LIC_ASSIGNMENT ADD COLUMN RECLAIM_AT TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE LIC_ASSIGNMENT ADD COLUMN RECLAIM_BY VARCHAR(36);
-- The reclaim schedule looks for announced reclaims that are due.
CREATE INDEX LIC_ASSIGNMENT_RECLAIM ON LIC_ASSIGNMENT (RECLAIM_AT);
