-- notifications 5.1: the outbox of notices and what the renewal reminders already announced.
-- One row per notice to one person: shown in the portal (READ_AT) and mailed (MAIL_STATE). The mail is
-- rendered when the notice is written, in the recipient's language, so what is sent is what was decided
-- in the transaction of the change; the facts are kept too, to show the notice in the reader's language.
CREATE TABLE NTF_NOTICE (
    ID              VARCHAR(36)   NOT NULL PRIMARY KEY,
    TENANT_ID       VARCHAR(36)   NOT NULL,
    RECIPIENT_ID    VARCHAR(36)   NOT NULL,
    RECIPIENT_EMAIL VARCHAR(320)  NOT NULL,
    RECIPIENT_NAME  VARCHAR(200)  NOT NULL,
    LOCALE          VARCHAR(24)   NOT NULL,
    KIND            VARCHAR(48)   NOT NULL,
    SUBJECT_REF     VARCHAR(64),
    FACTS           VARCHAR(4000) NOT NULL,
    MAIL_SUBJECT    VARCHAR(500)  NOT NULL,
    MAIL_TEXT       CLOB          NOT NULL,
    MAIL_HTML       CLOB          NOT NULL,
    CREATED_AT      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    READ_AT         TIMESTAMP(6) WITH TIME ZONE,
    MAIL_STATE      VARCHAR(16)   NOT NULL,
    ATTEMPTS        INTEGER       NOT NULL,
    NEXT_ATTEMPT_AT TIMESTAMP(6) WITH TIME ZONE,
    CLAIMED_BY      VARCHAR(36),
    CLAIMED_UNTIL   TIMESTAMP(6) WITH TIME ZONE,
    LAST_ERROR      VARCHAR(1000),
    SENT_AT         TIMESTAMP(6) WITH TIME ZONE,
    VERSION         BIGINT        NOT NULL
);
-- The bell and the caller's list: a person's notices, newest first, and their unread ones.
CREATE INDEX NTF_NOTICE_RECIPIENT ON NTF_NOTICE (RECIPIENT_ID, CREATED_AT);
CREATE INDEX NTF_NOTICE_UNREAD ON NTF_NOTICE (RECIPIENT_ID, READ_AT);
-- The admins' delivery page: a tenant's notices, newest first, optionally in one state.
CREATE INDEX NTF_NOTICE_TENANT ON NTF_NOTICE (TENANT_ID, CREATED_AT);
CREATE INDEX NTF_NOTICE_TENANT_STATE ON NTF_NOTICE (TENANT_ID, MAIL_STATE, CREATED_AT);
-- The dispatcher: pending mail whose next attempt is due.
CREATE INDEX NTF_NOTICE_DUE ON NTF_NOTICE (MAIL_STATE, NEXT_ATTEMPT_AT);

-- A reminder commerce announces on every renewal run in its window is noticed once per subscription,
-- kind and day (the trial end or renewal day it reminds of): that triple is the primary key (as one text,
-- ID = subscription/kind/day), so two servers cannot both record it.
CREATE TABLE NTF_ANNOUNCEMENT (
    ID              VARCHAR(120) NOT NULL PRIMARY KEY,
    SUBSCRIPTION_ID VARCHAR(36)  NOT NULL,
    ANNOUNCED_AT    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
