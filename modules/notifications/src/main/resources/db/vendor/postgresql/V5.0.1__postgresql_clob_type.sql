-- notifications 5.0.1, PostgreSQL only: 5.1 declares its mail bodies CLOB, the SQL standard's name, which H2 knows
-- and PostgreSQL calls TEXT. This domain lets 5.1 run unchanged (its checksum is recorded in every H2 database).
CREATE DOMAIN CLOB AS TEXT;
