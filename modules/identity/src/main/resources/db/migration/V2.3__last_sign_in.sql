-- identity 2.3: when each person last signed in, for the unused-licenses report.
ALTER TABLE IDN_USER ADD COLUMN LAST_SIGN_IN_AT TIMESTAMP(6) WITH TIME ZONE;
-- The report looks for a tenant's people who have not signed in since a day.
CREATE INDEX IDN_USER_TENANT_LAST_SIGN_IN ON IDN_USER (TENANT_ID, LAST_SIGN_IN_AT);
