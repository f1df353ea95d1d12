-- A key per reader for the "stop these mails" link in reply notifications.
ALTER TABLE people ADD COLUMN reply_mail_key TEXT;
