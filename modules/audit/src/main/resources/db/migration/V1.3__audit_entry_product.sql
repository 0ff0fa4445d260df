-- audit 1.3: the product an entry concerns, so that the audit log filters by product on one index range
-- instead of a list of the product's subscriptions (which grows with the tenant), and so that license
-- requests and policy changes are found by product too. Entries are never rewritten: those written before
-- 1.3 carry no product and are found by their target.
ALTER TABLE AUD_ENTRY ADD COLUMN PRODUCT_ID VARCHAR(40);
CREATE INDEX AUD_ENTRY_TENANT_PRODUCT_TIME ON AUD_ENTRY (TENANT_ID, PRODUCT_ID, OCCURRED_AT DESC, SEQ DESC);
