-- commerce 3.6: billing profiles (R-24), cards that can be removed, and the card each invoice was paid with.

-- What a purchaser's invoices are billed to: one profile per person.
CREATE TABLE COM_BILLING_PROFILE (
    ID                        VARCHAR(36)  NOT NULL PRIMARY KEY,
    TENANT_ID                 VARCHAR(36)  NOT NULL,
    OWNER_ID                  VARCHAR(36)  NOT NULL,
    ORGANIZATION_NAME         VARCHAR(200) NOT NULL,
    ADDRESS_LINE1             VARCHAR(200),
    ADDRESS_LINE2             VARCHAR(200),
    CITY                      VARCHAR(100),
    POSTAL_CODE               VARCHAR(20),
    COUNTRY                   VARCHAR(2),
    INVOICE_EMAIL             VARCHAR(254) NOT NULL,
    PURCHASE_ORDER            VARCHAR(50),
    DEFAULT_PAYMENT_METHOD_ID VARCHAR(36)  REFERENCES COM_PAYMENT_METHOD (ID),
    CREATED_AT                TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    UPDATED_AT                TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    VERSION                   BIGINT       NOT NULL,
    CONSTRAINT COM_BILLING_PROFILE_OWNER UNIQUE (OWNER_ID)
);

-- A removed card stays for the invoices it paid, but is no longer listed or charged.
ALTER TABLE COM_PAYMENT_METHOD ADD COLUMN REMOVED_AT TIMESTAMP(6) WITH TIME ZONE;

-- Whether a card may be removed: the running subscriptions charged to it.
CREATE INDEX COM_SUBSCRIPTION_PAYMENT_METHOD ON COM_SUBSCRIPTION (PAYMENT_METHOD_ID, STATUS);

-- The card an invoice was charged to, kept when the subscription later moves to another card;
-- null for an invoice to the organization (central) or from before this version where it is unknown.
ALTER TABLE COM_INVOICE ADD COLUMN PAYMENT_METHOD_ID VARCHAR(36) REFERENCES COM_PAYMENT_METHOD (ID);
UPDATE COM_INVOICE SET PAYMENT_METHOD_ID =
    (SELECT S.PAYMENT_METHOD_ID FROM COM_SUBSCRIPTION S WHERE S.ID = COM_INVOICE.SUBSCRIPTION_ID);
