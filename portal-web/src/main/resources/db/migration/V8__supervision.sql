-- Supervision (DOMAIN §11): the rectification ledger's leads, one per rule and subject, and each
-- lead's history, appended and never changed.
CREATE SEQUENCE lead_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE lead (
    id           BIGINT        NOT NULL PRIMARY KEY,
    rule         VARCHAR(80)   NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    township_id  BIGINT,
    village_id   BIGINT,
    figures      VARCHAR(4000) NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    deadline     DATE,
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT lead_once UNIQUE (rule, subject)
);
CREATE INDEX lead_by_place ON lead (township_id, village_id);
CREATE INDEX lead_by_status ON lead (status, deadline);

CREATE TABLE lead_event (
    lead_id      BIGINT        NOT NULL REFERENCES lead (id),
    position     INTEGER       NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)   NOT NULL,
    moved_by     VARCHAR(80)   NOT NULL,
    moved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    deadline     DATE,
    PRIMARY KEY (lead_id, position)
);

-- One row, locked by each pass of the rules so that two passes (two threads, two instances)
-- never open the same lead twice; it keeps the last pass's figures.
CREATE TABLE supervision_pass (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_at   TIMESTAMP WITH TIME ZONE,
    findings  INTEGER     NOT NULL,
    opened    INTEGER     NOT NULL
);
INSERT INTO supervision_pass (id, last_at, findings, opened) VALUES (1, NULL, 0, 0);
