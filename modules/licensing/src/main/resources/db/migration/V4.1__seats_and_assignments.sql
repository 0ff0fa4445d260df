-- licensing 4.1: the seats of each subscription and who holds them.
CREATE TABLE LIC_SEAT_POOL (
    SUBSCRIPTION_ID VARCHAR(36) NOT NULL PRIMARY KEY,
    TENANT_ID       VARCHAR(36) NOT NULL,
    PRODUCT_ID      VARCHAR(20) NOT NULL,
    PURCHASER_ID    VARCHAR(36),
    SEATS           INTEGER     NOT NULL,
    ASSIGNED        INTEGER     NOT NULL,
    RUNNING         BOOLEAN     NOT NULL,
    VERSION         BIGINT      NOT NULL,
    -- The last guard against overbooking: whatever a bug or a race did, the database refuses it.
    CONSTRAINT LIC_SEATS_NOT_OVERBOOKED CHECK (ASSIGNED >= 0 AND ASSIGNED <= SEATS)
);
-- The admin licenses view totals a tenant's seats per product.
CREATE INDEX LIC_SEAT_POOL_TENANT_PRODUCT ON LIC_SEAT_POOL (TENANT_ID, PRODUCT_ID, RUNNING);

CREATE TABLE LIC_ASSIGNMENT (
    ID              VARCHAR(36) NOT NULL PRIMARY KEY,
    SUBSCRIPTION_ID VARCHAR(36) NOT NULL REFERENCES LIC_SEAT_POOL (SUBSCRIPTION_ID),
    TENANT_ID       VARCHAR(36) NOT NULL,
    PRODUCT_ID      VARCHAR(20) NOT NULL,
    USER_ID         VARCHAR(36) NOT NULL,
    -- The user while the assignment lasts, NULL once it ended: a person holds one license of a product at a time.
    HOLDER_ID       VARCHAR(36),
    BEGAN_AT        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ASSIGNED_BY     VARCHAR(36) NOT NULL,
    ENDED_AT        TIMESTAMP(6) WITH TIME ZONE,
    ENDED_BY        VARCHAR(36),
    END_REASON      VARCHAR(24),
    CONSTRAINT LIC_ONE_LICENSE_PER_USER UNIQUE (TENANT_ID, PRODUCT_ID, HOLDER_ID)
);
-- A subscription's current users (details, export, take-over); a user's licenses.
CREATE INDEX LIC_ASSIGNMENT_SUBSCRIPTION ON LIC_ASSIGNMENT (SUBSCRIPTION_ID, ENDED_AT, BEGAN_AT);
CREATE INDEX LIC_ASSIGNMENT_USER ON LIC_ASSIGNMENT (USER_ID, ENDED_AT);
-- The export of a whole tenant reads its current holders by subscription and date.
CREATE INDEX LIC_ASSIGNMENT_TENANT ON LIC_ASSIGNMENT (TENANT_ID, ENDED_AT, SUBSCRIPTION_ID, BEGAN_AT);
