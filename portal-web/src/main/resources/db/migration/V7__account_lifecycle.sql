-- Accounts' lifecycle: donors sign up themselves, officials are appointed down the hierarchy, an
-- account can be disabled or closed, and every action on an account is in the append-only log.

-- what the public sees of a donor, and the donor's kind (individual, enterprise, ...)
ALTER TABLE account ADD COLUMN display_name VARCHAR(100);
ALTER TABLE account ADD COLUMN anonymous BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN donor_kind VARCHAR(20);
-- the appointed official: kept for officials only, never public
ALTER TABLE account ADD COLUMN person_name VARCHAR(50);
ALTER TABLE account ADD COLUMN office VARCHAR(100);
ALTER TABLE account ADD COLUMN phone VARCHAR(30);
ALTER TABLE account ADD COLUMN appointed_by VARCHAR(64);
-- a one-time password allows nothing until its holder chooses their own
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
-- raised by a password change, a reset or disabling: sessions of an older version end
ALTER TABLE account ADD COLUMN credentials_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE account_log_seq START WITH 50 INCREMENT BY 50;

-- who did what to whom, when, from which address; rows are only ever added
CREATE TABLE account_log (
    id           BIGINT        NOT NULL PRIMARY KEY,
    happened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64),
    action       VARCHAR(30)   NOT NULL,
    subject      VARCHAR(64),
    address      VARCHAR(64),
    detail       VARCHAR(200)
);
CREATE INDEX account_log_happened ON account_log (happened_at);
CREATE INDEX account_log_subject ON account_log (subject);
