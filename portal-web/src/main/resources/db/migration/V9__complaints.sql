-- Complaints from anyone (举报, DOMAIN §11, policy §17). A complaint opens a lead at once; the
-- lead carries what happened and where, and only this table keeps how to reach the complainant,
-- which the auditors alone read. The tracking code is kept as its SHA-256, never as typed.
CREATE SEQUENCE complaint_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE complaint (
    id           BIGINT        NOT NULL PRIMARY KEY,
    code_hash    CHAR(64)      NOT NULL,
    township_id  BIGINT        NOT NULL REFERENCES township (id),
    village_id   BIGINT        REFERENCES village (id),
    category     VARCHAR(30)   NOT NULL,
    account      VARCHAR(2000) NOT NULL,
    contact      VARCHAR(100),
    filed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    lead_id      BIGINT        NOT NULL REFERENCES lead (id),
    CONSTRAINT complaint_code_once UNIQUE (code_hash)
);
CREATE INDEX complaint_lead ON complaint (lead_id);
