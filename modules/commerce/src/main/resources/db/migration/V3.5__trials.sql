-- commerce 3.5: trials. A subscription that began as a trial keeps when its trial ended, so a person
-- gets one trial per product.
ALTER TABLE COM_SUBSCRIPTION ADD COLUMN TRIAL_ENDS_AT TIMESTAMP(6) WITH TIME ZONE;
CREATE INDEX COM_SUBSCRIPTION_PURCHASER_PRODUCT ON COM_SUBSCRIPTION (PURCHASER_ID, PRODUCT_ID);
