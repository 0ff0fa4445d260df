-- commerce 3.10: who took a self-service subscription over and ended it (R-30, R-31); its status is then DELETED.
ALTER TABLE COM_SUBSCRIPTION ADD COLUMN TAKEN_OVER_BY VARCHAR(36);
