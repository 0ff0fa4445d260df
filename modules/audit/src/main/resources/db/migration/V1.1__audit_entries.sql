-- audit (version range 1.x): the append-only audit trail.
-- Ids are UUIDs as text and times are UTC TIMESTAMP WITH TIME ZONE, so the scripts run on H2 and PostgreSQL alike.
CREATE TABLE AUD_ENTRY (
    ID                VARCHAR(36)  NOT NULL PRIMARY KEY,
    OCCURRED_AT       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    TENANT_ID         VARCHAR(36),
    ACTOR_ID          VARCHAR(36),
    ACTOR_NAME        VARCHAR(320),
    PARTNER_TENANT_ID VARCHAR(36),
    ACTION            VARCHAR(64)  NOT NULL,
    TARGET            VARCHAR(200),
    BEFORE_STATE      VARCHAR(2000),
    AFTER_STATE       VARCHAR(2000),
    CORRELATION_ID    VARCHAR(64)  NOT NULL
);

-- The admin audit view filters by tenant and time, by actor, and follows a correlation id.
CREATE INDEX AUD_ENTRY_TENANT_TIME ON AUD_ENTRY (TENANT_ID, OCCURRED_AT);
CREATE INDEX AUD_ENTRY_ACTOR_TIME ON AUD_ENTRY (ACTOR_ID, OCCURRED_AT);
CREATE INDEX AUD_ENTRY_CORRELATION ON AUD_ENTRY (CORRELATION_ID);
