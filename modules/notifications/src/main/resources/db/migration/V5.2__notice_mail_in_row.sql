-- notifications 5.2: a rendered mail is a few hundred to a few thousand characters, so its text and HTML
-- now live in the row. As CLOBs, H2 wrote each of them to its separate LOB store: two extra writes per
-- notice, the largest single cost of assigning licenses (issue 8). 100,000 characters is far above what
-- the templates can render from bounded names and amounts.
ALTER TABLE NTF_NOTICE ALTER COLUMN MAIL_TEXT SET DATA TYPE VARCHAR(100000);
ALTER TABLE NTF_NOTICE ALTER COLUMN MAIL_HTML SET DATA TYPE VARCHAR(100000);
