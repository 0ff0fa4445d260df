-- commerce 3.8: the order history of every subscription (R-27), one line per change, written in the
-- transaction of the change; and the indexes of the admins' paged list of a tenant's purchases.
CREATE TABLE COM_ORDER_HISTORY (
    ID              VARCHAR(36)    NOT NULL PRIMARY KEY,
    SUBSCRIPTION_ID VARCHAR(36)    NOT NULL REFERENCES COM_SUBSCRIPTION (ID),
    TENANT_ID       VARCHAR(36)    NOT NULL,
    KIND            VARCHAR(32)    NOT NULL,
    OCCURRED_AT     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ACTOR_ID        VARCHAR(36),
    QUANTITY_BEFORE INTEGER        NOT NULL,
    QUANTITY_AFTER  INTEGER        NOT NULL,
    AMOUNT          DECIMAL(14, 2),
    CURRENCY        VARCHAR(3),
    DETAIL          VARCHAR(100)
);
-- A subscription's history is read oldest first.
CREATE INDEX COM_ORDER_HISTORY_SUBSCRIPTION ON COM_ORDER_HISTORY (SUBSCRIPTION_ID, OCCURRED_AT);

-- Subscriptions from before the history began get their start as its first line (with the subscription's
-- own id, which no other line has): bought or trial started, by the purchaser (none for a central one).
INSERT INTO COM_ORDER_HISTORY (ID, SUBSCRIPTION_ID, TENANT_ID, KIND, OCCURRED_AT, ACTOR_ID, QUANTITY_BEFORE,
                               QUANTITY_AFTER, AMOUNT, CURRENCY, DETAIL)
SELECT ID, ID, TENANT_ID, CASE WHEN TRIAL_ENDS_AT IS NULL THEN 'PURCHASED' ELSE 'TRIAL_STARTED' END, STARTED_AT,
       PURCHASER_ID, QUANTITY, QUANTITY, NULL, NULL, NULL
FROM COM_SUBSCRIPTION;

-- The admins' list pages through a tenant's subscriptions ordered by product, newest first, then id;
-- the central-only filter adds the channel. Replaces the (TENANT_ID, PRODUCT_ID) index of 3.3.
DROP INDEX COM_SUBSCRIPTION_TENANT_PRODUCT;
CREATE INDEX COM_SUBSCRIPTION_TENANT_PAGE ON COM_SUBSCRIPTION (TENANT_ID, PRODUCT_ID, STARTED_AT, ID);
CREATE INDEX COM_SUBSCRIPTION_TENANT_CHANNEL_PAGE ON COM_SUBSCRIPTION (TENANT_ID, CHANNEL, PRODUCT_ID, STARTED_AT, ID);
